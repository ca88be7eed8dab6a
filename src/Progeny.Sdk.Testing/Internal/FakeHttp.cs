using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Progeny.Sdk.Testing.Internal;

/// <summary>
/// The HTTP side of the fake: Django-like URL handling (exact paths, 301 to the slashed path, 404 page, 405), then per
/// request: record, apply the next fault, process, answer.
/// </summary>
internal sealed class FakeHttp
{
    public const string ObtainPath = "/api/v3/accounts/token/obtain/";
    public const string RefreshPath = "/api/v3/accounts/token/refresh/";
    public const string OcrPassportPath = "/api/v3/services/ocr_passport/";
    public const string TaskPath = "/api/v3/services/task/";

    private const string DjangoNotFound = "<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>Not Found</title>\n</head>\n<body>\n  <h1>Not Found</h1><p>The requested resource was not found on this server.</p>\n</body>\n</html>\n";

    private static readonly Dictionary<string, (FakeEndpoint Endpoint, string Method, string Allow)> Routes = new(StringComparer.Ordinal)
    {
        [ObtainPath] = (FakeEndpoint.TokenObtain, HttpMethods.Post, "POST, OPTIONS"),
        [RefreshPath] = (FakeEndpoint.TokenRefresh, HttpMethods.Post, "POST, OPTIONS"),
        [OcrPassportPath] = (FakeEndpoint.OcrPassport, HttpMethods.Post, "POST, OPTIONS"),
        [TaskPath] = (FakeEndpoint.TaskStatus, HttpMethods.Get, "GET, HEAD, OPTIONS"),
    };

    private readonly FakeBackend _backend;
    private readonly CancellationToken _stopping;

    public FakeHttp(FakeBackend backend, CancellationToken stopping)
    {
        _backend = backend;
        _stopping = stopping;
    }

    /// <summary>Lets through only an exact path with its method, as Django's URL resolver and CommonMiddleware do.</summary>
    public static Task FilterAsync(HttpContext context, RequestDelegate next)
    {
        var path = context.Request.Path.Value ?? "/";
        if (Routes.TryGetValue(path, out var route))
        {
            if (HttpMethods.Equals(context.Request.Method, route.Method))
            {
                return next(context);
            }

            var body = FakeJson.Serialize(new Detail($"Method \"{context.Request.Method}\" not allowed."), c => c.Detail);
            return FakeResponse.Json(405, body).WithHeader(HeaderNames.Allow, route.Allow).WriteAsync(context.Response, body, context.RequestAborted);
        }

        if (!path.EndsWith('/') && Routes.ContainsKey(path + "/"))
        {
            // APPEND_SLASH: Django answers a permanent redirect, for a POST too (and loses its body).
            var location = path + "/" + context.Request.QueryString.Value;
            return FakeResponse.Html(301, string.Empty).WithHeader(HeaderNames.Location, location).WriteAsync(context.Response, default, context.RequestAborted);
        }

        var notFound = FakeResponse.Html(404, DjangoNotFound);
        return notFound.WriteAsync(context.Response, notFound.Body, context.RequestAborted);
    }

    public RequestDelegate Handler(FakeEndpoint endpoint) => context => HandleAsync(context, endpoint);

    private async Task HandleAsync(HttpContext context, FakeEndpoint endpoint)
    {
        var request = context.Request;
        var authorization = request.Headers.Authorization;
        var hasAuthorization = authorization.Count > 0;
        var scheme = hasAuthorization ? authorization.ToString().Trim().Split(' ', 2)[0] : null;
        var fault = _backend.TakeFault(endpoint);
        var record = new RecordedRequest(endpoint, request.Method, request.Path + request.QueryString, scheme, hasAuthorization, _backend.Options.TimeProvider.GetUtcNow(), fault);
        _backend.Recording.Add(record);

        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping);
        var cancellationToken = cancellation.Token;
        try
        {
            if (fault is { Latency: var latency } && latency > TimeSpan.Zero)
            {
                await Task.Delay(latency, _backend.Options.TimeProvider, cancellationToken).ConfigureAwait(false);
            }

            if (fault?.Kind == FakeFaultKind.DropBefore)
            {
                context.Abort();
                return;
            }

            var response = await ProcessAsync(context, endpoint, record, fault, cancellationToken).ConfigureAwait(false);
            ReadOnlyMemory<byte> body = response.Body;
            switch (fault?.Kind)
            {
                case FakeFaultKind.DropAfter:
                    context.Abort();
                    return;
                case FakeFaultKind.Truncate:
                    body = body[..(body.Length / 2)];
                    break;
                case FakeFaultKind.Malformed:
                    response = FakeResponse.Json(fault.StatusCode, Encoding.UTF8.GetBytes(fault.Body ?? string.Empty));
                    body = response.Body;
                    break;
            }

            record.Answered(response.StatusCode);
            await response.WriteAsync(context.Response, body, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            context.Abort();
        }
        catch (Exception exception) when (!context.Response.HasStarted && !cancellationToken.IsCancellationRequested)
        {
            // A bug of the fake itself: recorded for the test to see, answered like Django in production.
            _backend.Recording.Failed(exception);
            var error = FakeResponse.Html(500, "\n<!doctype html>\n<html lang=\"en\">\n<head>\n  <title>Server Error (500)</title>\n</head>\n<body>\n  <h1>Server Error (500)</h1><p></p>\n</body>\n</html>\n");
            record.Answered(500);
            await error.WriteAsync(context.Response, error.Body, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<FakeResponse> ProcessAsync(HttpContext context, FakeEndpoint endpoint, RecordedRequest record, FakeFault? fault, CancellationToken cancellationToken)
    {
        var statusFault = fault?.Kind == FakeFaultKind.Status ? FaultResponse(fault) : null;
        var request = context.Request;
        switch (endpoint)
        {
            case FakeEndpoint.TaskStatus:
                return statusFault
                    ?? _backend.Authenticate(request.Headers.Authorization.ToString())
                    ?? _backend.ReadTask(request.Query["id"] is { Count: > 0 } id ? id[^1] : null);

            case FakeEndpoint.OcrPassport:
                {
                    // The form is read even when the answer is a fault or a 401, so that a test sees what was sent.
                    var (form, refusal) = await RequestForm.ReadAsync(request, cancellationToken).ConfigureAwait(false);
                    string? taskId = null;
                    var response = statusFault
                        ?? _backend.Authenticate(request.Headers.Authorization.ToString())
                        ?? refusal
                        ?? _backend.Upload(form!, out taskId);
                    if (form is not null)
                    {
                        form.Files.TryGetValue("passport_image", out var file);
                        _backend.Recording.Add(new RecordedUpload(record, form.Fields, file?.FileName, file?.ContentType, file?.Length ?? 0, file?.Sha256, taskId));
                    }

                    return response;
                }

            default:
                {
                    if (statusFault is not null)
                    {
                        return statusFault;
                    }

                    var (form, refusal) = await RequestForm.ReadAsync(request, cancellationToken).ConfigureAwait(false);
                    return refusal ?? (endpoint == FakeEndpoint.TokenObtain ? _backend.Obtain(form!) : _backend.Refresh(form!));
                }
        }
    }

    private static FakeResponse FaultResponse(FakeFault fault)
    {
        var response = FakeResponse.Raw(fault.StatusCode, fault.Body);
        return fault.RetryAfter is { } retryAfter ? response.WithHeader(HeaderNames.RetryAfter, retryAfter) : response;
    }
}
