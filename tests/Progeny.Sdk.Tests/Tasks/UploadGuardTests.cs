using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Polly.CircuitBreaker;
using Progeny.Sdk.Tests.TestSupport;

namespace Progeny.Sdk.Tests.Tasks;

/// <summary>
/// Design §4.11: at most one send of a paid upload whatever retrying handlers the application puts around the SDK's
/// HttpClient, and §4.12: every upload failure says in <see cref="ProgenyException.TaskMayExist"/> whether a task may exist.
/// </summary>
public sealed class UploadGuardTests
{
    private const string UploadPath = "/api/v3/services/ocr_passport/";

    private static ProgenyImage Jpeg() => ProgenyImage.FromBytes(TestImages.Jpeg, "passport.jpg");

    private static IProgenyClient Client(ServiceProvider provider) => provider.GetRequiredService<IProgenyClient>();

    [Fact]
    public async Task SubmitAsync_StandardResilienceHandlerAppWide_SendsAnUploadDroppedAfterProcessingOnce()
    {
        using var server = new DroppingServer(DropMode.ResetBeforeAnswer);
        var services = new ServiceCollection();
        services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler(o => o.Retry.Delay = TimeSpan.FromMilliseconds(1)));
        services.AddProgenyClient(options => Configure(options, server.BaseAddress));
        await using var provider = services.BuildServiceProvider();

        var failure = await Should.ThrowAsync<ProgenyException>(() => Client(provider).SubmitOcrPassportAsync(Jpeg()));

        server.Count(UploadPath).ShouldBe(1, "the retry of the application's handler never reached the transport");
        failure.TaskMayExist.ShouldBeTrue();
        failure.Message.ShouldContain("A task may have been created");
    }

    [Fact]
    public async Task SubmitAsync_RetryAndHedgingHandlersOnTheReturnedBuilder_SendTheUploadOnce()
    {
        using var server = new DroppingServer(DropMode.ResetBeforeAnswer);
        var services = new ServiceCollection();
        services.AddProgenyClient(options => Configure(options, server.BaseAddress))
            .AddStandardResilienceHandler(o => o.Retry.Delay = TimeSpan.FromMilliseconds(1));
        await using var provider = services.BuildServiceProvider();

        var failure = await Should.ThrowAsync<ProgenyException>(() => Client(provider).SubmitOcrPassportAsync(Jpeg()));

        server.Count(UploadPath).ShouldBe(1);
        failure.TaskMayExist.ShouldBeTrue();
    }

    [Fact]
    public async Task SubmitAsync_StandardHedgingHandlerAppWide_SendsTheUploadOnce()
    {
        using var server = new DroppingServer(DropMode.ResetBeforeAnswer);
        var services = new ServiceCollection();
        services.ConfigureHttpClientDefaults(http => http.AddStandardHedgingHandler());
        services.AddProgenyClient(options => Configure(options, server.BaseAddress));
        await using var provider = services.BuildServiceProvider();

        await Should.ThrowAsync<ProgenyException>(() => Client(provider).SubmitOcrPassportAsync(Jpeg()));

        server.Count(UploadPath).ShouldBe(1);
    }

    [Fact]
    public async Task SubmitAsync_RetryHandlerAndARefusedConnection_MayRetryAndSaysNoTaskExists()
    {
        using var server = new DroppingServer(DropMode.RefuseUploadConnection);
        var services = new ServiceCollection();
        services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler(o => o.Retry.Delay = TimeSpan.FromMilliseconds(1)));
        services.AddProgenyClient(options => Configure(options, server.BaseAddress));
        await using var provider = services.BuildServiceProvider();

        var failure = await Should.ThrowAsync<ProgenyException>(() => Client(provider).SubmitOcrPassportAsync(Jpeg()));

        server.Count(UploadPath).ShouldBe(0);
        failure.TaskMayExist.ShouldBeFalse("nothing was sent: resubmitting cannot pay twice");
    }

    [Fact]
    public async Task SubmitAsync_StandardResilienceHandlerAppWideWithItsCircuitOpen_SaysNoTaskWasCreated()
    {
        using var server = ProgenyWireMock.Start().StubLogin().StubSubmit();
        var circuit = new CircuitBreakerManualControl();
        var services = new ServiceCollection();
        services.ConfigureHttpClientDefaults(http => http.AddStandardResilienceHandler(o => o.CircuitBreaker.ManualControl = circuit));
        services.AddProgenyClient(options => Configure(options, server.BaseAddress));
        await using var provider = services.BuildServiceProvider();
        await Client(provider).SubmitOcrPassportAsync(Jpeg());  // logged in: the next upload needs no token request
        await circuit.IsolateAsync();

        var failure = await Should.ThrowAsync<ProgenyException>(() => Client(provider).SubmitOcrPassportAsync(Jpeg()));

        server.Posts.Count.ShouldBe(1, "the open circuit refused the second upload before it was sent");
        server.Obtains.Count.ShouldBe(1);
        failure.TaskMayExist.ShouldBeFalse("nothing was sent: resubmitting cannot pay twice");
        failure.Message.ShouldContain("failed before it was sent: no task was created");
        failure.Message.ShouldNotContain("may have been created");
        failure.InnerException.ShouldBeOfType<IsolatedCircuitException>();
    }

    [Fact]
    public async Task SubmitAsync_HandlerOnTheBuilderFailsBeforeSending_SaysNoTaskWasCreated()
    {
        using var server = ProgenyWireMock.Start().StubLogin().StubSubmit();
        var services = new ServiceCollection();
        services.AddProgenyClient(options => Configure(options, server.BaseAddress))
            .AddHttpMessageHandler(() => new RefusingUploadsHandler());
        await using var provider = services.BuildServiceProvider();

        var failure = await Should.ThrowAsync<ProgenyException>(() => Client(provider).SubmitOcrPassportAsync(Jpeg()));

        server.Obtains.Count.ShouldBe(1, "the login went through the handler");
        server.Posts.ShouldBeEmpty();
        failure.TaskMayExist.ShouldBeFalse();
        failure.Message.ShouldContain("no task was created");
        failure.Message.ShouldNotContain("may have been created");
        failure.InnerException.ShouldBeOfType<HttpRequestException>().Message.ShouldBe(RefusingUploadsHandler.Refusal);
    }

    [Theory]
    [InlineData(400, false)]
    [InlineData(401, false)]
    [InlineData(403, false)]
    [InlineData(413, false)]
    [InlineData(415, false)]
    [InlineData(408, true)]
    [InlineData(429, true)]
    [InlineData(500, true)]
    [InlineData(502, true)]
    [InlineData(504, true)]
    public async Task SubmitAsync_ErrorAnswer_SaysWhetherATaskMayExist(int status, bool taskMayExist)
    {
        using var server = ProgenyWireMock.Start().StubLogin().StubRefresh(Jwt.LongLived(), Jwt.LongLived("refresh"));
        server.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath(UploadPath).UsingPost())
            .RespondWith(WireMock.ResponseBuilders.Response.Create().WithStatusCode(status).WithHeader("Content-Type", "text/html").WithBody("<html><head><title>error</title></head></html>"));
        using var client = new ProgenyClient(server.Options());

        var failure = await Should.ThrowAsync<ProgenyException>(() => client.SubmitOcrPassportAsync(Jpeg()));

        failure.TaskMayExist.ShouldBe(taskMayExist);
        failure.Message.ShouldContain(taskMayExist ? "A task may have been created" : "No task was created");
    }

    [Fact]
    public async Task SubmitAsync_LoginRefused_SaysNoTaskExists()
    {
        using var server = ProgenyWireMock.Start();
        server.Server.Given(WireMock.RequestBuilders.Request.Create().WithPath(ProgenyWireMock.ObtainPath).UsingPost())
            .RespondWith(ProgenyWireMock.Json(401, DocumentationSamples.ObtainUnauthorized));
        using var client = new ProgenyClient(server.Options());

        var failure = await Should.ThrowAsync<ProgenyAuthenticationException>(() => client.SubmitOcrPassportAsync(Jpeg()));

        failure.TaskMayExist.ShouldBeFalse();
        failure.Message.ShouldBe("Progeny refused the credentials (Username/Password); the login was tried once. The upload was not processed: no task was created.");
        failure.StatusCode.ShouldBe(System.Net.HttpStatusCode.Unauthorized);
        server.Posts.ShouldBeEmpty();
    }

    private static void Configure(ProgenyClientOptions options, Uri baseAddress)
    {
        options.BaseAddress = baseAddress;
        options.Username = "user";
        options.Password = "password";
    }

    /// <summary>An application's handler that refuses every upload before sending it, as a rate limiter or a bulkhead would.</summary>
    private sealed class RefusingUploadsHandler : DelegatingHandler
    {
        public const string Refusal = "Refused by the application's handler.";

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            request.Method == HttpMethod.Post && request.RequestUri!.AbsolutePath == UploadPath
                ? throw new HttpRequestException(Refusal)
                : base.SendAsync(request, cancellationToken);
    }
}
