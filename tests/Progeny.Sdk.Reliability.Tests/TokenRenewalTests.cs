using Polly.CircuitBreaker;
using Progeny.Sdk.Reliability.Tests.Support;
using Progeny.Sdk.Testing;

namespace Progeny.Sdk.Reliability.Tests;

/// <summary>
/// Design §4.2 and §4.3: a 401 leads to one renewal and one byte-identical resend (forward-only streams too), a second
/// 401 fails without a loop; concurrent callers share one refresh, a refused refresh one login, refused credentials one
/// login attempt. Counts are the server's. A renewal that fails while a task is polled does not lose the task: a
/// transient failure is retried on the poll schedule until <c>PollingTimeout</c>, refused credentials end the wait naming it.
/// </summary>
public sealed class TokenRenewalTests
{
    [Fact]
    public async Task OcrPassportAsync_UnauthorizedUploadFromForwardOnlyStream_RenewsOnceAndResendsIdenticalBytes()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [] });
        using var client = fake.CreateClient();
        await client.WaitForOcrPassportAsync(fake.CreateTask());
        fake.RevokeAllTokens();
        var bytes = TestImages.JpegWith("forward-only stream", payloadBytes: 100_000);

        var result = await client.OcrPassportAsync(ProgenyImage.FromStream(new ForwardOnlyStream(new MemoryStream(bytes)), "passport.jpg"));

        result.Document.DocumentNumber.ShouldBe("XX008080");
        var uploads = fake.Recording.Uploads;
        uploads.Select(u => u.Request.StatusCode).ShouldBe([401, 200]);
        uploads.ShouldAllBe(u => u.FileSha256 == TestImages.Sha256(bytes) && u.FileLength == bytes.Length);
        fake.Recording.RequestsTo(FakeEndpoint.TokenRefresh).Select(r => r.StatusCode).ShouldBe([401]);
        fake.Recording.LoginCount.ShouldBe(2);
    }

    [Fact]
    public async Task OcrPassportAsync_UnauthorizedUploadFromFile_ResendsIdenticalBytes()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [] });
        using var client = fake.CreateClient();
        var bytes = TestImages.JpegWith("file", payloadBytes: 300_000);
        var path = Path.Combine(Path.GetTempPath(), $"progeny-{Guid.NewGuid():N}.jpg");
        await File.WriteAllBytesAsync(path, bytes);
        try
        {
            fake.InjectFault(FakeFault.Status(401, """{"detail": "Given token not valid for any token type", "code": "token_not_valid"}"""), FakeEndpoint.OcrPassport);

            await client.OcrPassportAsync(ProgenyImage.FromFile(path));

            fake.Recording.Uploads.Select(u => u.FileSha256).ShouldBe([TestImages.Sha256(bytes), TestImages.Sha256(bytes)]);
            fake.Recording.RefreshCount.ShouldBe(1);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task SubmitOcrPassportAsync_SecondUnauthorized_FailsWithoutLooping()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = fake.CreateClient();
        fake.InjectFault(FakeFault.Status(401, """{"detail": "Given token not valid for any token type"}"""), FakeEndpoint.OcrPassport, times: 10);

        var failure = await Should.ThrowAsync<ProgenyAuthenticationException>(() => client.SubmitOcrPassportAsync(TestImages.Image()));

        failure.Message.ShouldNotContain("task may");
        await Task.Delay(300);
        fake.Recording.UploadCount.ShouldBe(2);
        fake.Recording.RefreshCount.ShouldBe(1);
        fake.Recording.LoginCount.ShouldBe(1);
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_SecondUnauthorized_FailsWithoutLooping()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [] });
        using var client = fake.CreateClient();
        var task = fake.CreateTask();
        fake.InjectFault(FakeFault.Status(401), FakeEndpoint.TaskStatus, times: 10);

        var failure = await Should.ThrowAsync<ProgenyAuthenticationException>(() => client.WaitForOcrPassportAsync(task));

        failure.TaskId.ShouldBe(task);
        failure.Message.ShouldContain($"resume with WaitForAsync(\"{task}\")");
        await Task.Delay(300);
        fake.Recording.StatusReadCount.ShouldBe(2);
        fake.Recording.RefreshCount.ShouldBe(1);
        fake.Recording.LoginCount.ShouldBe(1);
    }

    [Fact]
    public async Task OcrPassportAsync_TokensRevokedWhileTwentyCallsRun_OneRefusedRefreshOneLoginAllSucceed()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [] });
        using var client = fake.CreateClient();

        var calls = Enumerable.Range(0, 20).Select(i => client.OcrPassportAsync(TestImages.Image(TestImages.JpegWith($"call {i}")))).ToList();
        while (fake.Recording.RequestsTo(FakeEndpoint.OcrPassport).Count(r => r.StatusCode == 200) < 20)
        {
            await Task.Delay(5);
        }

        fake.RevokeAllTokens();  // every access and refresh token issued so far; the polls start about 1 s after each upload
        var results = await Task.WhenAll(calls);

        results.ShouldAllBe(r => r.Document.DocumentNumber == "XX008080");
        fake.Recording.UploadCount.ShouldBe(20);
        fake.Recording.RequestsTo(FakeEndpoint.TokenRefresh).Select(r => r.StatusCode).ShouldBe([401]);
        fake.Recording.LoginCount.ShouldBe(2);
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_TwentyCallsAfterTheAccessTokenExpired_ExactlyOneRefresh()
    {
        var clock = new DrivenClock();
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [], TimeProvider = clock });
        var options = new ProgenyClientOptions();
        fake.Configure(options);
        using var client = new ProgenyClient(options, clock);
        await client.WaitForOcrPassportAsync(fake.CreateTask());
        clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.WaitForOcrPassportAsync(fake.CreateTask())));

        results.Length.ShouldBe(20);
        fake.Recording.RequestsTo(FakeEndpoint.TokenRefresh).Select(r => r.StatusCode).ShouldBe([200]);
        fake.Recording.LoginCount.ShouldBe(1);
        fake.Recording.RequestsTo(FakeEndpoint.TaskStatus).ShouldAllBe(r => r.StatusCode == 200);  // renewed before use: no 401
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_TwentyCallsWhenTheRefreshIsRefused_ExactlyOneLogin()
    {
        var clock = new DrivenClock();
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [], TimeProvider = clock });
        var options = new ProgenyClientOptions();
        fake.Configure(options);
        using var client = new ProgenyClient(options, clock);
        await client.WaitForOcrPassportAsync(fake.CreateTask());
        clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        fake.InjectFault(FakeFault.Status(401, """{"detail": "Token is blacklisted", "code": "token_not_valid"}"""), FakeEndpoint.TokenRefresh, times: 10);

        var results = await Task.WhenAll(Enumerable.Range(0, 20).Select(_ => client.WaitForOcrPassportAsync(fake.CreateTask())));

        results.Length.ShouldBe(20);
        fake.Recording.RefreshCount.ShouldBe(1);
        fake.Recording.LoginCount.ShouldBe(2);
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_TenCallsWithRefusedCredentials_ExactlyOneLoginAttempt()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [] });
        using var client = fake.CreateClient(o => o.Password = "wrong password");
        fake.InjectFault(FakeFault.Delay(TimeSpan.FromMilliseconds(300)), FakeEndpoint.TokenObtain);  // all ten calls meet the same login
        var tasks = Enumerable.Range(0, 10).Select(_ => fake.CreateTask()).ToList();

        var calls = tasks.Select(task => Should.ThrowAsync<ProgenyAuthenticationException>(() => client.WaitForOcrPassportAsync(task))).ToList();
        await Task.WhenAll(calls);

        fake.Recording.LoginCount.ShouldBe(1);
        fake.Recording.StatusReadCount.ShouldBe(0);

        await Should.ThrowAsync<ProgenyAuthenticationException>(() => client.WaitForOcrPassportAsync(tasks[0]));
        fake.Recording.LoginCount.ShouldBe(2);  // one attempt per call: never retried within it
    }

    [Fact]
    public async Task OcrPassportAsync_RefreshRefusedByAnOpenCircuitWhilePolling_KeepsPollingAndReturnsTheDocument()
    {
        var (fake, clock) = await StartWithShortTokensAsync(processing: TimeSpan.FromSeconds(20));
        await using var _ = fake;
        var circuit = new OpenCircuitOnRefresh(refusals: 3);
        await using var harness = ClientHarness.Create(fake, clock, wrapPrimary: primary => circuit.Around(primary));

        var result = await clock.RunAsync(() => harness.Client.OcrPassportAsync(TestImages.Image()), harness.InFlight);

        result.Document.DocumentNumber.ShouldBe("XX008080");
        result.TaskId.ShouldBe(fake.Recording.CreatedTaskIds.Single());
        circuit.Attempts.ShouldBe(4, "three refused by the circuit, the fourth sent");
        fake.Recording.UploadCount.ShouldBe(1);
        fake.Recording.LoginCount.ShouldBe(1);
        fake.Recording.RequestsTo(FakeEndpoint.TokenRefresh).Select(r => r.StatusCode).ShouldBe([200]);  // the fourth attempt, the circuit closed
        fake.Recording.RequestsTo(FakeEndpoint.TaskStatus).ShouldAllBe(r => r.StatusCode == 200);
        // Each refused refresh was a failed status read, retried 1.9 s (±10%) later: one gap of four intervals, the others one.
        var gaps = PollingRetryTests.Gaps(fake).OrderBy(g => g).ToList();
        gaps[^1].TotalSeconds.ShouldBeInRange(4 * 1.9 * 0.9, 4 * 1.9 * 1.1);
        gaps.SkipLast(1).ShouldAllBe(g => g.TotalSeconds >= 1.9 * 0.9 && g.TotalSeconds <= 1.9 * 1.1);
    }

    [Theory]
    [InlineData(503)]
    [InlineData(500)]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(0)]  // the connection dropped: no answer
    public async Task OcrPassportAsync_TokenEndpointsDownLongerThanPollingTimeout_TimesOutNamingTheTask(int status)
    {
        var (fake, clock) = await StartWithShortTokensAsync(processing: TimeSpan.FromHours(1));
        await using var _ = fake;
        await using var harness = ClientHarness.Create(fake, clock, o => o.PollingTimeout = TimeSpan.FromSeconds(30));
        var down = status == 0 ? FakeFault.DropConnection() : FakeFault.Status(status, """{"detail": "unavailable"}""");

        var failure = await Should.ThrowAsync<ProgenyTaskTimeoutException>(() => clock.RunAsync(
            async () =>
            {
                await harness.Client.OcrPassport.SubmitAsync(new OcrPassportRequest(TestImages.Image()));  // logged in, tokens for 10 s
                fake.InjectFault(down, FakeEndpoint.TokenRefresh, times: 1000);
                fake.InjectFault(down, FakeEndpoint.TokenObtain, times: 1000);
                return await harness.Client.OcrPassportAsync(TestImages.Image(TestImages.JpegWith("the paid upload")));
            },
            harness.InFlight));

        var taskId = fake.Recording.CreatedTaskIds[^1];
        failure.TaskId.ShouldBe(taskId);
        failure.Message.ShouldContain($"Task {taskId} did not end within PollingTimeout");
        failure.Message.ShouldContain("status requests failed: the access token could not be renewed");
        failure.Message.ShouldContain($"resume with WaitForAsync(\"{taskId}\")");
        failure.LastStatus.ShouldBe(ProgenyTaskStatus.Started);
        failure.LastFailureStatusCode.ShouldBeNull();
        failure.InnerException.ShouldBeAssignableTo<ProgenyException>()!.Message.ShouldStartWith("Could not refresh the access token");
        var refreshes = fake.Recording.RequestsTo(FakeEndpoint.TokenRefresh);
        refreshes.Count.ShouldBeGreaterThanOrEqualTo(5);
        failure.FailedStatusRequests.ShouldBe(refreshes.Count, "each failed status read tried one refresh, none more");
        fake.Recording.LoginCount.ShouldBe(1, "a refresh that got no usable answer is not a refused refresh");
        fake.Recording.UploadCount.ShouldBe(2);
        var reads = fake.Recording.RequestsTo(FakeEndpoint.TaskStatus);
        reads.ShouldAllBe(r => r.StatusCode == 200);
        reads[^1].ReceivedAt.ShouldBeLessThan(refreshes[0].ReceivedAt);
    }

    [Fact]
    public async Task OcrPassportAsync_CredentialsRefusedWhilePolling_EndsNamingTheTaskToResume()
    {
        var (fake, clock) = await StartWithShortTokensAsync(processing: TimeSpan.FromHours(1));
        await using var _ = fake;
        await using var harness = ClientHarness.Create(fake, clock, o => o.PollingTimeout = TimeSpan.FromMinutes(5));
        fake.InjectFault(FakeFault.Delay(TimeSpan.Zero), FakeEndpoint.TokenObtain);  // the first login passes, the next is refused
        fake.InjectFault(FakeFault.Status(401, DocumentationSamples.ObtainUnauthorized), FakeEndpoint.TokenObtain);
        fake.InjectFault(FakeFault.Status(401, """{"detail": "Token is blacklisted", "code": "token_not_valid"}"""), FakeEndpoint.TokenRefresh);

        var failure = await Should.ThrowAsync<ProgenyAuthenticationException>(() => clock.RunAsync(() => harness.Client.OcrPassportAsync(TestImages.Image()), harness.InFlight));

        var taskId = fake.Recording.CreatedTaskIds.Single();
        failure.TaskId.ShouldBe(taskId);
        failure.TaskMayExist.ShouldBeTrue();
        failure.StatusCode.ShouldBe(System.Net.HttpStatusCode.Unauthorized);
        failure.Message.ShouldContain("refused the credentials");
        failure.Message.ShouldContain($"Task {taskId} exists and goes on at Progeny: resume with WaitForAsync(\"{taskId}\")");
        failure.ToString().ShouldNotContain(fake.Password);
        fake.Recording.UploadCount.ShouldBe(1);
        fake.Recording.RequestsTo(FakeEndpoint.TokenObtain).Select(r => r.StatusCode).ShouldBe([200, 401]);
        fake.Recording.RequestsTo(FakeEndpoint.TokenRefresh).Select(r => r.StatusCode).ShouldBe([401]);
        var reads = fake.Recording.RequestsTo(FakeEndpoint.TaskStatus);
        reads.ShouldNotBeEmpty();
        reads.ShouldAllBe(r => r.StatusCode == 200);
        reads[^1].ReceivedAt.ShouldBeLessThan(fake.Recording.RequestsTo(FakeEndpoint.TokenRefresh)[0].ReceivedAt);
    }

    [Fact]
    public async Task SubmitOcrPassportAsync_UploadRefused401AndTheRefreshRefusedByAnOpenCircuit_SaysNoTaskWasCreated()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = [] });
        var circuit = new OpenCircuitOnRefresh(refusals: 1);
        await using var harness = ClientHarness.Create(fake, wrapPrimary: circuit.Around);
        await harness.Client.WaitForOcrPassportAsync(fake.CreateTask());  // logged in
        fake.RevokeAllTokens();

        var failure = await Should.ThrowAsync<ProgenyException>(() => harness.Client.SubmitOcrPassportAsync(TestImages.Image()));

        failure.TaskMayExist.ShouldBeFalse("the only upload was answered 401, unprocessed: resubmitting cannot pay twice");
        failure.Message.ShouldStartWith("Could not refresh the access token");
        failure.Message.ShouldEndWith("The upload was not processed: no task was created.");
        circuit.Attempts.ShouldBe(1);
        fake.Recording.RequestsTo(FakeEndpoint.OcrPassport).Select(r => r.StatusCode).ShouldBe([401]);
        fake.Recording.RefreshCount.ShouldBe(0);
        fake.Recording.LoginCount.ShouldBe(1);
    }

    /// <summary>A fake whose access tokens last 10 s (renewed from 9 s on) and whose tasks end after <paramref name="processing"/>, on a driven clock.</summary>
    private static async Task<(ProgenyFakeServer Fake, DrivenClock Clock)> StartWithShortTokensAsync(TimeSpan processing)
    {
        var clock = new DrivenClock();
        var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions
        {
            TaskProgress = ["STARTED"],
            TaskProcessingTime = processing,
            AccessTokenLifetime = TimeSpan.FromSeconds(10),
            TimeProvider = clock,
        });
        return (fake, clock);
    }

    /// <summary>
    /// An open circuit breaker in front of the token refresh, as an app-wide resilience handler has after a burst of
    /// failures: it refuses the first <c>refusals</c> refreshes before they are sent, then lets them through.
    /// </summary>
    private sealed class OpenCircuitOnRefresh(int refusals)
    {
        private int _attempts;

        public int Attempts => Volatile.Read(ref _attempts);

        private int Refusals { get; } = refusals;

        public HttpMessageHandler Around(HttpMessageHandler primary) => new Handler(this) { InnerHandler = primary };

        private sealed class Handler(OpenCircuitOnRefresh circuit) : DelegatingHandler
        {
            protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
                request.RequestUri!.AbsolutePath.EndsWith("/accounts/token/refresh/", StringComparison.Ordinal) && Interlocked.Increment(ref circuit._attempts) <= circuit.Refusals
                    ? throw new BrokenCircuitException("The circuit is now open and is not allowing calls.")
                    : base.SendAsync(request, cancellationToken);
        }
    }
}
