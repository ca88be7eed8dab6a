using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Progeny.Sdk.Testing;

namespace Progeny.Cli.Tests;

/// <summary>
/// A small test double for the service routes that this branch's <see cref="ProgenyFakeServer"/> does not serve (it serves
/// ocr_passport only): a loopback reverse proxy in front of a fake server. It answers the uploads of the other services
/// itself, recording what it received and creating a task with the scripted result in the fake, and passes everything
/// else (login, token refresh, ocr_passport, task status) on to the fake, so that the CLI runs the real SDK end to end.
/// Once the fake serves every service, tests can talk to the fake directly and this double goes.
/// </summary>
public sealed class ServiceRoutesDouble : IAsyncDisposable
{
    private const string ServicesPath = "/api/v3/services/";

    private static readonly Dictionary<string, string> DefaultResults = new()
    {
        ["ocr_card"] = DocumentedResults.SpecimenCard,
        ["kyc_passport"] = DocumentedResults.SpecimenKycPassport,
        ["kyc_card"] = DocumentedResults.SpecimenKycCard,
        ["face_liveness"] = DocumentedResults.LiveFace,
        ["register_face"] = DocumentedResults.RegisteredFace,
        ["authenticate_face"] = DocumentedResults.AuthenticatedFace,
        ["background_check"] = DocumentedResults.BackgroundCheckClear,
    };

    private readonly WebApplication _app;
    private readonly HttpClient _toFake = new(new SocketsHttpHandler { AllowAutoRedirect = false });
    private readonly ConcurrentQueue<DoubleUpload> _uploads = new();
    private readonly ConcurrentDictionary<string, ConcurrentQueue<FakeTaskOutcome>> _outcomes = new();

    private ServiceRoutesDouble(WebApplication app, ProgenyFakeServer fake)
    {
        _app = app;
        Fake = fake;
    }

    /// <summary>Gets the fake server behind the double: it logs in, runs the tasks and answers their status.</summary>
    public ProgenyFakeServer Fake { get; }

    /// <summary>Gets the API address to give the CLI.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Gets the uploads the double answered itself, in order.</summary>
    public IReadOnlyList<DoubleUpload> Uploads => _uploads.ToArray();

    /// <summary>Gets the options that point <c>progeny</c> at the double.</summary>
    public string[] ConnectArguments => ["--base-address", BaseAddress.ToString(), "--username", Fake.Username, "--password", Fake.Password];

    /// <summary>Starts a fake server whose tasks end at their first status read, and the double in front of it.</summary>
    public static async Task<ServiceRoutesDouble> StartAsync()
    {
        var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [] });
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var routes = new ServiceRoutesDouble(app, fake);
        app.Run(routes.ServeAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        routes.BaseAddress = new Uri(new Uri(address), "/api/v3/");
        return routes;
    }

    /// <summary>Scripts the task of the next upload to <paramref name="service"/> (otherwise its documented sample result).</summary>
    public void Answer(string service, FakeTaskOutcome outcome)
    {
        DefaultResults.ContainsKey(service).ShouldBeTrue($"the double does not answer {service}");
        _outcomes.GetOrAdd(service, _ => new()).Enqueue(outcome);
    }

    /// <summary>Scripts the result (<c>{"status": …, "data": …}</c>) of the next task of <paramref name="service"/>.</summary>
    public void Answer(string service, string rawResult) => Answer(service, new FakeTaskOutcome { RawResult = rawResult });

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        _toFake.Dispose();
        await Fake.DisposeAsync();
    }

    private async Task ServeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value ?? string.Empty;
        var service = path.StartsWith(ServicesPath, StringComparison.Ordinal) && path.EndsWith('/') ? path[ServicesPath.Length..^1] : null;
        if (HttpMethods.IsPost(context.Request.Method) && service is not null && DefaultResults.ContainsKey(service))
        {
            await AnswerUploadAsync(context, service);
            return;
        }

        await ForwardAsync(context);
    }

    private async Task AnswerUploadAsync(HttpContext context, string service)
    {
        var authorization = context.Request.Headers.Authorization.ToString();
        if (!authorization.StartsWith("Bearer ", StringComparison.Ordinal))
        {
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            await context.Response.WriteAsJsonAsync(new Dictionary<string, string> { ["detail"] = "Authentication credentials were not provided." });
            return;
        }

        var form = await context.Request.ReadFormAsync();
        var files = new List<UploadedFile>();
        foreach (var file in form.Files)
        {
            using var content = new MemoryStream();
            await file.CopyToAsync(content);
            files.Add(new UploadedFile(file.Name, file.FileName, file.ContentType, content.ToArray()));
        }

        _uploads.Enqueue(new DoubleUpload(service, form.ToDictionary(field => field.Key, field => field.Value.ToString()), files));
        var outcome = _outcomes.TryGetValue(service, out var queued) && queued.TryDequeue(out var next)
            ? next
            : new FakeTaskOutcome { RawResult = DefaultResults[service] };
        await context.Response.WriteAsJsonAsync(new Dictionary<string, string> { ["id"] = Fake.CreateTask(outcome) });
    }

    private async Task ForwardAsync(HttpContext context)
    {
        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), new Uri(Fake.BaseAddress, context.Request.Path + context.Request.QueryString));
        if (context.Request.ContentLength > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            request.Content = new StreamContent(context.Request.Body);
            request.Content.Headers.TryAddWithoutValidation("Content-Type", context.Request.ContentType);
        }

        if (context.Request.Headers.Authorization.Count > 0)
        {
            request.Headers.TryAddWithoutValidation("Authorization", context.Request.Headers.Authorization.ToString());
        }

        using var response = await _toFake.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
        context.Response.StatusCode = (int)response.StatusCode;
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (!string.Equals(name, "Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Headers[name] = values.ToArray();
            }
        }

        await response.Content.CopyToAsync(context.Response.Body);
    }
}
