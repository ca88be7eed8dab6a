using Progeny.Sdk.Reliability.Tests.Support;
using Progeny.Sdk.Testing;

namespace Progeny.Sdk.Reliability.Tests;

/// <summary>
/// Design §4.4: status reads retry 408, 429, 5xx, dropped connections and malformed bodies with jittered backoff;
/// <c>Retry-After</c> (seconds or date) is honoured, capped at 30 s, and never waits past <c>PollingTimeout</c>.
/// The client and the fake share a <see cref="DrivenClock"/> that moves only while the client waits, so the server's
/// timestamps are the client's schedule, exactly.
/// </summary>
public sealed class PollingRetryTests
{
    [Theory]
    [InlineData(408)]
    [InlineData(429)]
    [InlineData(500)]
    [InlineData(502)]
    [InlineData(503)]
    [InlineData(504)]
    public async Task WaitForOcrPassportAsync_TransientStatus_RetriedWithJitteredBackoffUntilResult(int status)
    {
        var (fake, harness, clock) = await StartAsync();
        await using var _ = fake;
        await using var __ = harness;
        var task = fake.CreateTask();
        fake.InjectFault(FakeFault.Status(status, """{"detail": "busy"}"""), FakeEndpoint.TaskStatus, times: 4);

        var result = await clock.RunAsync(() => harness.Client.WaitForOcrPassportAsync(task), harness.InFlight);

        result.Document.DocumentNumber.ShouldBe("XX008080");
        var gaps = Gaps(fake);
        gaps.Count.ShouldBe(4);
        // Every 1.9 s, each ±10%: the schedule that meets design §5's polling target (lag ≤ 1.0 s at ≤ 60% of fixed 1 s's requests).
        gaps.ForEach(gap => ShouldBeNear(gap, 1.9));
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_ConnectionsDropped_Retried()
    {
        var (fake, harness, clock) = await StartAsync();
        await using var _ = fake;
        await using var __ = harness;
        var task = fake.CreateTask();
        fake.InjectFault(FakeFault.DropConnection(), FakeEndpoint.TaskStatus, times: 3);

        var result = await clock.RunAsync(() => harness.Client.WaitForOcrPassportAsync(task), harness.InFlight);

        result.Document.DocumentNumber.ShouldBe("XX008080");
        fake.Recording.RequestsTo(FakeEndpoint.TaskStatus).Count(r => r.StatusCode == 200).ShouldBe(1);
    }

    [Theory]
    [InlineData("{\"id\": ")]
    [InlineData("<html><body>Bad gateway</body></html>")]
    [InlineData("")]
    [InlineData("[1, 2, 3]")]
    [InlineData("\"SUCCESS\"")]
    public async Task WaitForOcrPassportAsync_MalformedBody_Retried(string body)
    {
        var (fake, harness, clock) = await StartAsync();
        await using var _ = fake;
        await using var __ = harness;
        var task = fake.CreateTask();
        fake.InjectFault(FakeFault.MalformedBody(body), FakeEndpoint.TaskStatus, times: 2);

        var result = await clock.RunAsync(() => harness.Client.WaitForOcrPassportAsync(task), harness.InFlight);

        result.Document.DocumentNumber.ShouldBe("XX008080");
        fake.Recording.StatusReadCount.ShouldBe(3);
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_RetryAfterSeconds_NoStatusRequestBeforeItElapses()
    {
        var (fake, harness, clock) = await StartAsync();
        await using var _ = fake;
        await using var __ = harness;
        var task = fake.CreateTask();
        fake.InjectFault(FakeFault.Status(429, retryAfter: TimeSpan.FromSeconds(10)), FakeEndpoint.TaskStatus);

        await clock.RunAsync(() => harness.Client.WaitForOcrPassportAsync(task), harness.InFlight);

        Gaps(fake).ShouldBe([TimeSpan.FromSeconds(10)]);
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_RetryAfterDate_NoStatusRequestBeforeTheDate()
    {
        var (fake, harness, clock) = await StartAsync();
        await using var _ = fake;
        await using var __ = harness;
        var task = fake.CreateTask();
        var date = clock.GetUtcNow() + TimeSpan.FromSeconds(12);
        fake.InjectFault(FakeFault.Status(503).WithRetryAfter(date), FakeEndpoint.TaskStatus);

        await clock.RunAsync(() => harness.Client.WaitForOcrPassportAsync(task), harness.InFlight);

        var reads = fake.Recording.RequestsTo(FakeEndpoint.TaskStatus);
        reads.Count.ShouldBe(2);
        reads[1].ReceivedAt.ShouldBe(date);
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_RetryAfterOfAnHour_CappedAtThirtySeconds()
    {
        var (fake, harness, clock) = await StartAsync();
        await using var _ = fake;
        await using var __ = harness;
        var task = fake.CreateTask();
        fake.InjectFault(FakeFault.Status(503, retryAfter: TimeSpan.FromHours(1)), FakeEndpoint.TaskStatus);

        await clock.RunAsync(() => harness.Client.WaitForOcrPassportAsync(task), harness.InFlight);

        Gaps(fake).ShouldBe([TimeSpan.FromSeconds(30)]);
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_RetryAfterBeyondPollingTimeout_EndsAtPollingTimeout()
    {
        var (fake, harness, clock) = await StartAsync(o => o.PollingTimeout = TimeSpan.FromSeconds(8));
        await using var _ = fake;
        await using var __ = harness;
        var task = fake.CreateTask();
        fake.InjectFault(FakeFault.Status(429, retryAfter: TimeSpan.FromSeconds(20)), FakeEndpoint.TaskStatus);
        var start = clock.GetUtcNow();

        var failure = await Should.ThrowAsync<ProgenyTaskTimeoutException>(() => clock.RunAsync(() => harness.Client.WaitForOcrPassportAsync(task), harness.InFlight));

        (clock.GetUtcNow() - start).ShouldBe(TimeSpan.FromSeconds(8));
        failure.TaskId.ShouldBe(task);
        fake.Recording.StatusReadCount.ShouldBe(1);
    }

    [Theory]
    [InlineData("none")]
    [InlineData("soon")]
    [InlineData("past")]
    [InlineData("-5")]
    public async Task WaitForOcrPassportAsync_RetryAfterAbsentOrUnusable_BacksOffNormally(string header)
    {
        var (fake, harness, clock) = await StartAsync();
        await using var _ = fake;
        await using var __ = harness;
        var task = fake.CreateTask();
        var fault = header switch
        {
            "none" => FakeFault.Status(503),
            "past" => FakeFault.Status(503).WithRetryAfter(clock.GetUtcNow() - TimeSpan.FromMinutes(5)),
            _ => FakeFault.Status(503).WithRetryAfter(header),
        };
        fake.InjectFault(fault, FakeEndpoint.TaskStatus);

        await clock.RunAsync(() => harness.Client.WaitForOcrPassportAsync(task), harness.InFlight);

        ShouldBeNear(Gaps(fake).ShouldHaveSingleItem(), 1.9);
    }

    [Fact]
    public async Task OcrPassportAsync_LongTask_FirstPollAfterAboutOneSecondThenEveryAbout1Point9Seconds()
    {
        var (fake, harness, clock) = await StartAsync(progress: ["PENDING", "STARTED", "STARTED", "STARTED", "STARTED"]);
        await using var _ = fake;
        await using var __ = harness;

        await clock.RunAsync(() => harness.Client.OcrPassportAsync(TestImages.Image()), harness.InFlight);

        var upload = fake.Recording.RequestsTo(FakeEndpoint.OcrPassport).ShouldHaveSingleItem().ReceivedAt;
        var reads = fake.Recording.RequestsTo(FakeEndpoint.TaskStatus);
        reads.Count.ShouldBe(6);
        (reads[0].ReceivedAt - upload).ShouldBe(TimeSpan.FromSeconds(1));
        // 1.9 s ±10% (was 1 s, 1.5 s, then 2 s): fewer requests for the same lag (docs/benchmarks.md, polling).
        Gaps(fake).ForEach(gap => ShouldBeNear(gap, 1.9));
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_TaskNeverEnds_TimesOutAtPollingTimeoutWithTheLastStatus()
    {
        var (fake, harness, clock) = await StartAsync(o => o.PollingTimeout = TimeSpan.FromSeconds(20));
        await using var _ = fake;
        await using var __ = harness;
        var task = fake.CreateTask(FakeTaskOutcome.NeverEnding("STARTED"));
        var start = clock.GetUtcNow();

        var failure = await Should.ThrowAsync<ProgenyTaskTimeoutException>(() => clock.RunAsync(() => harness.Client.WaitForOcrPassportAsync(task), harness.InFlight));

        (clock.GetUtcNow() - start).ShouldBe(TimeSpan.FromSeconds(20));
        failure.TaskId.ShouldBe(task);
        failure.LastStatus.ShouldBe(ProgenyTaskStatus.Started);
        fake.Recording.StatusReadCount.ShouldBeInRange(10, 12);  // 0, then every 1.9 s ±10%
    }

    [Fact]
    public async Task OcrPassportAsync_ResultsTableAnswers404UntilAWorkerPicksTheTaskUp_KeepsPollingToTheResult()
    {
        var (fake, harness, clock) = await StartAsync(progress: ["PENDING", "PENDING", "PENDING", "STARTED"], lookup: FakeTaskLookup.ResultsTable);
        await using var _ = fake;
        await using var __ = harness;

        var result = await clock.RunAsync(() => harness.Client.OcrPassportAsync(TestImages.Image()), harness.InFlight);

        result.Document.DocumentNumber.ShouldBe("XX008080");
        fake.Recording.RequestsTo(FakeEndpoint.TaskStatus).Select(r => r.StatusCode).ShouldBe([404, 404, 404, 200, 200]);
        fake.Recording.RequestsTo(FakeEndpoint.OcrPassport).Count.ShouldBe(1);
    }

    [Fact]
    public async Task OcrPassportAsync_TaskNotPickedUpForLongerThanTheResumeWindow_StillWaitsForItsOwnTask()
    {
        var (fake, harness, clock) = await StartAsync(progress: [.. Enumerable.Repeat("PENDING", 45)], lookup: FakeTaskLookup.ResultsTable);
        await using var _ = fake;
        await using var __ = harness;

        var result = await clock.RunAsync(() => harness.Client.OcrPassportAsync(TestImages.Image()), harness.InFlight);

        result.Document.DocumentNumber.ShouldBe("XX008080");
        var reads = fake.Recording.RequestsTo(FakeEndpoint.TaskStatus);
        reads.Count(r => r.StatusCode == 404).ShouldBe(45);
        (reads[^1].ReceivedAt - reads[0].ReceivedAt).ShouldBeGreaterThan(TimeSpan.FromSeconds(80));
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_ResumedTaskNotPickedUpYet_KeepsPolling()
    {
        var (fake, harness, clock) = await StartAsync(progress: ["PENDING", "PENDING", "PENDING", "PENDING", "PENDING", "STARTED"], lookup: FakeTaskLookup.ResultsTable);
        await using var _ = fake;
        await using var __ = harness;
        var task = fake.CreateTask();

        var result = await clock.RunAsync(() => harness.Client.WaitForOcrPassportAsync(task), harness.InFlight);

        result.TaskId.ShouldBe(task);
        fake.Recording.RequestsTo(FakeEndpoint.TaskStatus).Count(r => r.StatusCode == 404).ShouldBe(5);
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_IdNeverIssuedInResultsTable_EndsAsNotFoundAfterAMinute()
    {
        var (fake, harness, clock) = await StartAsync(o => o.PollingTimeout = TimeSpan.FromMinutes(10), lookup: FakeTaskLookup.ResultsTable);
        await using var _ = fake;
        await using var __ = harness;
        const string stored = "0b5e1c1e-7d1a-4f7e-9f55-3d2a9c0b1e42";
        var start = clock.GetUtcNow();

        var failure = await Should.ThrowAsync<ProgenyApiException>(() => clock.RunAsync(() => harness.Client.WaitForOcrPassportAsync(stored), harness.InFlight));

        failure.ShouldNotBeOfType<ProgenyTaskTimeoutException>();
        failure.StatusCode.ShouldBe(System.Net.HttpStatusCode.NotFound);
        failure.Message.ShouldContain($"Task {stored} was not found");
        var reads = fake.Recording.RequestsTo(FakeEndpoint.TaskStatus);
        reads.ShouldAllBe(r => r.StatusCode == 404);
        (reads[^1].ReceivedAt - start).ShouldBeInRange(TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(62.5));
        (reads[^2].ReceivedAt - start).ShouldBeLessThan(TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task WaitForOcrPassportAsync_PersistentDjangoServerErrors_TimeoutCountsTheFailedStatusRequests()
    {
        var (fake, harness, clock) = await StartAsync(o => o.PollingTimeout = TimeSpan.FromSeconds(20), progress: ["STARTED"]);
        await using var _ = fake;
        await using var __ = harness;
        var task = fake.CreateTask(FakeTaskOutcome.NeverEnding("STARTED"));
        fake.InjectFault(FakeFault.Delay(TimeSpan.Zero), FakeEndpoint.TaskStatus);
        fake.InjectFault(FakeFault.ServerError(), FakeEndpoint.TaskStatus, times: 1000);

        var failure = await Should.ThrowAsync<ProgenyTaskTimeoutException>(() => clock.RunAsync(() => harness.Client.WaitForOcrPassportAsync(task), harness.InFlight));

        var reads = fake.Recording.RequestsTo(FakeEndpoint.TaskStatus);
        reads[0].StatusCode.ShouldBe(200);
        reads.Skip(1).ShouldAllBe(r => r.StatusCode == 500);
        failure.FailedStatusRequests.ShouldBe(reads.Count - 1);
        failure.LastFailureStatusCode.ShouldBe(System.Net.HttpStatusCode.InternalServerError);
        failure.LastStatus.ShouldBe(ProgenyTaskStatus.Started);
        failure.Message.ShouldContain($"the last {reads.Count - 1} status requests failed: HTTP 500 (HTML) (last status read: STARTED)");
    }

    internal static async Task<(ProgenyFakeServer Fake, ClientHarness Harness, DrivenClock Clock)> StartAsync(
        Action<ProgenyClientOptions>? configure = null, IReadOnlyList<string>? progress = null, FakeTaskLookup lookup = FakeTaskLookup.AsyncResult)
    {
        var clock = new DrivenClock();
        var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TaskProgress = progress ?? [], TimeProvider = clock, TaskLookup = lookup });
        var harness = ClientHarness.Create(fake, clock, configure);
        return (fake, harness, clock);
    }

    internal static List<TimeSpan> Gaps(ProgenyFakeServer fake)
    {
        var reads = fake.Recording.RequestsTo(FakeEndpoint.TaskStatus);
        return reads.Zip(reads.Skip(1), (a, b) => b.ReceivedAt - a.ReceivedAt).ToList();
    }

    private static void ShouldBeNear(TimeSpan actual, double seconds) =>
        actual.TotalSeconds.ShouldBeInRange(seconds * 0.9 - 0.001, seconds * 1.1 + 0.001);
}
