using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace Progeny.Sdk.Testing.Internal;

/// <summary>
/// The HTTP side of the fake, layer by layer as the stack answers: nginx (body limit), Django's URL handling (exact
/// paths, 301 to the slashed path, 404 page, 405), then per request: record, apply the next fault, process, answer.
/// </summary>
internal sealed class FakeHttp
{
    public const string ObtainPath = "/api/v3/accounts/token/obtain/";
    public const string RefreshPath = "/api/v3/accounts/token/refresh/";
    public const string TaskPath = FakeServices.ServicesPath + "task/";

    private const string PostAllow = "POST, OPTIONS";

    private static readonly Dictionary<string, Route> Routes = CreateRoutes();

    private readonly FakeBackend _backend;
    private readonly SharedClock _clock;
    private readonly CancellationToken _stopping;

    public FakeHttp(FakeBackend backend, SharedClock clock, CancellationToken stopping)
    {
        _backend = backend;
        _clock = clock;
        _stopping = stopping;
    }

    /// <summary>Serves every request: the paths of the API, and Django's answers to any other.</summary>
    public async Task ServeAsync(HttpContext context)
    {
        using var busy = _clock.Busy();
        var path = context.Request.Path.Value ?? "/";
        if (Routes.TryGetValue(path, out var route))
        {
            if (!HttpMethods.Equals(context.Request.Method, route.Method))
            {
                var body = FakeJson.Serialize(new Detail($"Method \"{context.Request.Method}\" not allowed."), c => c.Detail);
                await FakeResponse.Json(405, body).WriteAsync(context.Response, body, route.Allow, context.RequestAborted).ConfigureAwait(false);
                return;
            }

            await HandleAsync(context, route).ConfigureAwait(false);
            return;
        }

        if (!path.EndsWith('/') && Routes.ContainsKey(path + "/"))
        {
            // APPEND_SLASH: Django answers a permanent redirect, for a POST too (and loses its body).
            var location = path + "/" + context.Request.QueryString.Value;
            await FakeResponse.Html(301, string.Empty).WithHeader(HeaderNames.Location, location)
                .WriteAsync(context.Response, default, null, context.RequestAborted).ConfigureAwait(false);
            return;
        }

        var notFound = FakeResponse.Html(404, FakePages.DjangoNotFound);
        await notFound.WriteAsync(context.Response, notFound.Body, null, context.RequestAborted).ConfigureAwait(false);
    }

    private static Dictionary<string, Route> CreateRoutes()
    {
        var routes = new Dictionary<string, Route>(StringComparer.Ordinal)
        {
            [ObtainPath] = new(FakeEndpoint.TokenObtain, HttpMethods.Post, PostAllow, null),
            [RefreshPath] = new(FakeEndpoint.TokenRefresh, HttpMethods.Post, PostAllow, null),
            [TaskPath] = new(FakeEndpoint.TaskStatus, HttpMethods.Get, "GET, HEAD, OPTIONS", null),
        };
        foreach (var service in FakeServices.All)
        {
            routes[service.Path] = new(service.Endpoint, HttpMethods.Post, PostAllow, service);
        }

        return routes;
    }

    private async Task HandleAsync(HttpContext context, Route route)
    {
        var request = context.Request;
        var authorization = request.Headers.Authorization;
        var hasAuthorization = authorization.Count > 0;
        var scheme = hasAuthorization ? authorization.ToString().Trim().Split(' ', 2)[0] : null;
        var fault = _backend.TakeFault(route.Endpoint);
        var record = new RecordedRequest(route.Endpoint, request.Method, request.Path + request.QueryString, scheme, hasAuthorization, _backend.Clock.GetUtcNow(), fault);
        _backend.Recording.Add(record);

        using var cancellation = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted, _stopping);
        var cancellationToken = cancellation.Token;
        try
        {
            if (fault is { Latency: var latency } && latency > TimeSpan.Zero)
            {
                await Task.Delay(latency, _backend.Clock, cancellationToken).ConfigureAwait(false);
            }

            if (fault?.Kind == FakeFaultKind.DropBefore)
            {
                context.Abort();
                return;
            }

            var response = await TooLargeAsync(request, cancellationToken).ConfigureAwait(false)
                ?? await ProcessAsync(context, route, record, fault, cancellationToken).ConfigureAwait(false);
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
                case FakeFaultKind.ReplaceAfter:
                    response = FaultResponse(fault);
                    body = response.Body;
                    break;
            }

            record.Answered(response.StatusCode);
            await response.WriteAsync(context.Response, body, route.Allow, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            context.Abort();
        }
        catch (Exception exception) when (!context.Response.HasStarted && !cancellationToken.IsCancellationRequested)
        {
            // A bug of the fake itself: recorded for the test to see, answered like Django in production.
            _backend.Recording.Failed(exception);
            var error = FakeResponse.Html(500, FakePages.DjangoServerError);
            record.Answered(500);
            await error.WriteAsync(context.Response, error.Body, null, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// nginx's <c>client_max_body_size</c>, when <see cref="ProgenyFakeServerOptions.MaxRequestBodyBytes"/> is set: a
    /// larger body is read and discarded, and answered nginx's 413 page; the application never sees it.
    /// </summary>
    private async Task<FakeResponse?> TooLargeAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (_backend.Options.MaxRequestBodyBytes is not { } limit)
        {
            return null;
        }

        if (request.ContentLength is { } length)
        {
            if (length <= limit)
            {
                return null;
            }

            await DrainAsync(request.Body, cancellationToken).ConfigureAwait(false);
            return FakeResponse.Nginx(413, FakePages.Nginx(413, "Request Entity Too Large"));
        }

        // A body of unknown length (chunked): buffered up to the limit, then handed on or refused.
        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                await DrainAsync(request.Body, cancellationToken).ConfigureAwait(false);
                return FakeResponse.Nginx(413, FakePages.Nginx(413, "Request Entity Too Large"));
            }

            buffer.Write(chunk, 0, read);
        }

        buffer.Position = 0;
        request.Body = buffer;
        request.HttpContext.Response.RegisterForDispose(buffer);
        return null;
    }

    private static async Task DrainAsync(Stream body, CancellationToken cancellationToken)
    {
        var sink = new byte[81920];
        while (await body.ReadAsync(sink, cancellationToken).ConfigureAwait(false) > 0)
        {
        }
    }

    private async Task<FakeResponse> ProcessAsync(HttpContext context, Route route, RecordedRequest record, FakeFault? fault, CancellationToken cancellationToken)
    {
        var statusFault = fault?.Kind == FakeFaultKind.Status ? FaultResponse(fault) : null;
        var request = context.Request;
        if (route.Endpoint == FakeEndpoint.TaskStatus)
        {
            return statusFault
                ?? _backend.Authenticate(request.Headers.Authorization.ToString())
                ?? _backend.ReadTask(request.Query["id"] is { Count: > 0 } id ? id[^1] : null);
        }

        if (route.Service is { } service)
        {
            // The form is read even when the answer is a fault or a 401, so that a test sees what was sent.
            var (form, refusal) = await RequestForm.ReadAsync(request, cancellationToken).ConfigureAwait(false);
            string? taskId = null;
            var response = statusFault
                ?? (refusal?.StatusCode == 413 ? refusal : null)
                ?? _backend.Authenticate(request.Headers.Authorization.ToString())
                ?? refusal
                ?? _backend.Upload(service, form!, out taskId);
            if (form is not null)
            {
                var files = form.Files.Select(pair => new RecordedFile(pair.Key, pair.Value.FileName, pair.Value.ContentType, pair.Value.Content, pair.Value.Sha256)).ToList();
                _backend.Recording.Add(new RecordedUpload(record, service.Service, form.Fields, files, service.MainFile, taskId));
            }

            return response;
        }

        if (statusFault is not null)
        {
            return statusFault;
        }

        var (tokenForm, tokenRefusal) = await RequestForm.ReadAsync(request, cancellationToken).ConfigureAwait(false);
        return tokenRefusal ?? (route.Endpoint == FakeEndpoint.TokenObtain ? _backend.Obtain(tokenForm!) : _backend.Refresh(tokenForm!));
    }

    private static FakeResponse FaultResponse(FakeFault fault)
    {
        var response = FakeResponse.Fault(fault.StatusCode, fault.Body, fault.Answerer);
        return fault.RetryAfter is { } retryAfter ? response.WithHeader(HeaderNames.RetryAfter, retryAfter) : response;
    }

    /// <summary>A path of the API: its endpoint, its one method, the view's <c>Allow</c>, and the service it fakes, if any.</summary>
    private sealed record Route(FakeEndpoint Endpoint, string Method, string Allow, FakeServiceDefinition? Service);
}
