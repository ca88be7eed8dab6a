using System.Net;
using System.Net.Sockets;
using WireMock;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;

namespace Progeny.Sdk.Tests.TestSupport;

/// <summary>
/// A WireMock server standing in for the Progeny API v3, bound to <c>http://127.0.0.1:&lt;free port&gt;</c> only, under
/// <c>/api/v3/</c>. One per test: stubs and the request log start empty.
/// </summary>
internal sealed class ProgenyWireMock : IDisposable
{
    public const string ObtainPath = "/api/v3/accounts/token/obtain/";
    public const string RefreshPath = "/api/v3/accounts/token/refresh/";
    public const string OcrPassportPath = "/api/v3/services/ocr_passport/";
    public const string TaskPath = "/api/v3/services/task/";
    public const string Username = "progeny-user";
    public const string Password = "pa55-W0rd-never-shown";

    private ProgenyWireMock(WireMockServer server)
    {
        Server = server;
    }

    public WireMockServer Server { get; }

    /// <summary>Gets the API's base address, e.g. <c>http://127.0.0.1:5123/api/v3/</c>: an IP literal, never <c>localhost</c>.</summary>
    public Uri BaseAddress => new($"http://127.0.0.1:{Server.Port}/api/v3/");

    /// <summary>Gets every request received, in order of arrival.</summary>
    public IReadOnlyList<IRequestMessage> Received => [.. Server.LogEntries.Select(e => e.RequestMessage!).OrderBy(r => r.DateTime)];

    public IReadOnlyList<IRequestMessage> Obtains => At(ObtainPath);

    public IReadOnlyList<IRequestMessage> Refreshes => At(RefreshPath);

    public IReadOnlyList<IRequestMessage> Posts => At(OcrPassportPath);

    public IReadOnlyList<IRequestMessage> Gets => At(TaskPath);

    public static ProgenyWireMock Start()
    {
        for (var attempt = 1; ; attempt++)
        {
            var port = FreeLoopbackPort();
            try
            {
                return new ProgenyWireMock(WireMockServer.Start(new WireMockServerSettings
                {
                    // WireMock hands "127.0.0.1" and "localhost" to Kestrel's ListenLocalhost, which binds [::1] too.
                    // This spelling of the same address is not special-cased, so Kestrel binds 127.0.0.1 alone.
                    Urls = [$"http://127.0.0.001:{port}"],
                    StartAdminInterface = false,
                    Logger = new WireMock.Logging.WireMockNullLogger(),
                }));
            }
            catch (Exception) when (attempt < 5)
            {
                // Another process took the port between the probe and the bind: try another.
            }
        }
    }

    /// <summary>Options pointing at this server, with long request and polling timeouts unless a test shortens them.</summary>
    public ProgenyClientOptions Options(Action<ProgenyClientOptions>? configure = null)
    {
        var options = new ProgenyClientOptions
        {
            BaseAddress = BaseAddress,
            Username = Username,
            Password = Password,
            PollingTimeout = TimeSpan.FromMinutes(30),
            RequestTimeout = TimeSpan.FromHours(1),
            UploadTimeout = TimeSpan.FromHours(1),
        };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>Requests received at one path, in order.</summary>
    public IReadOnlyList<IRequestMessage> At(string path) => [.. Received.Where(r => r.Path == path)];

    /// <summary>Answers every login with the given tokens (by default, tokens that never need renewing).</summary>
    public ProgenyWireMock StubLogin(string? access = null, string? refresh = null)
    {
        Server.Given(Request.Create().WithPath(ObtainPath).UsingPost())
            .RespondWith(Json(200, ProgenySamples.TokenPair(access ?? Jwt.LongLived(), refresh ?? Jwt.LongLived("refresh"))));
        return this;
    }

    /// <summary>Answers every refresh with the given tokens.</summary>
    public ProgenyWireMock StubRefresh(string access, string refresh)
    {
        Server.Given(Request.Create().WithPath(RefreshPath).UsingPost()).RespondWith(Json(200, ProgenySamples.TokenPair(access, refresh)));
        return this;
    }

    /// <summary>Answers every ocr_passport POST with the documentation's task id.</summary>
    public ProgenyWireMock StubSubmit(string body = DocumentationSamples.TaskCreated)
    {
        Server.Given(Request.Create().WithPath(OcrPassportPath).UsingPost()).RespondWith(Json(200, body));
        return this;
    }

    /// <summary>Answers every status request for <paramref name="taskId"/> with <paramref name="body"/>.</summary>
    public ProgenyWireMock StubTask(string body = DocumentationSamples.OcrPassportTask, string taskId = DocumentationSamples.TaskId, int status = 200)
    {
        Server.Given(Request.Create().WithPath(TaskPath).WithParam("id", taskId).UsingGet()).RespondWith(Json(status, body));
        return this;
    }

    /// <summary>Answers successive requests at <paramref name="path"/> with successive responses; the last one repeats.</summary>
    public ProgenyWireMock StubSequence(string path, string method, params IResponseBuilder[] responses)
    {
        var scenario = $"{method} {path}";
        for (var i = 0; i < responses.Length; i++)
        {
            var given = Server.Given(Request.Create().WithPath(path).UsingMethod(method)).InScenario(scenario);
            if (i > 0)
            {
                given = given.WhenStateIs($"step {i}");
            }

            if (i < responses.Length - 1)
            {
                given = given.WillSetStateTo($"step {i + 1}");
            }

            given.RespondWith(responses[i]);
        }

        return this;
    }

    /// <summary>Answers successive status requests with successive (status code, body) pairs; the last one repeats.</summary>
    public ProgenyWireMock StubTaskSequence(params (int Status, string Body)[] responses) =>
        StubSequence(TaskPath, "GET", [.. responses.Select(r => Json(r.Status, r.Body))]);

    public static IResponseBuilder Json(int status, string body) =>
        Response.Create().WithStatusCode(status).WithHeader("Content-Type", "application/json").WithBody(body);

    public void Dispose()
    {
        Server.Stop();
        Server.Dispose();
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
