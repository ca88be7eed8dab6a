using System.Diagnostics;
using Microsoft.Extensions.Time.Testing;
using Progeny.Sdk.Testing.Tests.Support;

namespace Progeny.Sdk.Testing.Tests;

/// <summary>
/// <see cref="ProgenyFakeServer.TimeProvider"/>, the clock the fake shares with the clients it creates: idle waits are
/// skipped, timeouts still fire in order, nothing is skipped while a request is in flight.
/// </summary>
public sealed class ProgenyFakeServerClockTests
{
    [Fact]
    public async Task CreateClient_DefaultProgress_PollsOnTheClientsScheduleWithoutWaitingForIt()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = fake.CreateClient();
        await client.OcrPassportAsync(ProgenyImage.FromBytes(SampleImages.Jpeg, "passport.jpg"));  // the process's first call: start-up and JIT
        fake.Recording.Clear();
        var started = fake.TimeProvider.GetUtcNow();
        var stopwatch = Stopwatch.StartNew();

        var result = await client.OcrPassportAsync(ProgenyImage.FromBytes(SampleImages.Jpeg, "passport.jpg"));

        stopwatch.Stop();
        result.Document.DocumentNumber.ShouldBe("XX008080");
        var reads = fake.Recording.RequestsTo(FakeEndpoint.TaskStatus);
        reads.Select(r => r.StatusCode).ShouldBe([200, 200, 200]);  // PENDING, STARTED, SUCCESS: the same protocol
        (reads[0].ReceivedAt - fake.Recording.RequestsTo(FakeEndpoint.OcrPassport)[0].ReceivedAt).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(0.8));
        var skipped = fake.TimeProvider.GetUtcNow() - started;
        skipped.ShouldBeGreaterThan(TimeSpan.FromSeconds(2));  // ~1 s, then backed-off polls
        stopwatch.Elapsed.ShouldBeLessThan(skipped, "the ~3 s of waits were skipped");
    }

    [Fact]
    public async Task CreateClient_NeverEndingTask_TimesOutAfterThePollingTimeoutOnTheSharedClock()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = fake.CreateClient(o => o.PollingTimeout = TimeSpan.FromMinutes(2));
        var task = fake.CreateTask(FakeTaskOutcome.NeverEnding());
        var started = fake.TimeProvider.GetUtcNow();

        var failure = await Should.ThrowAsync<ProgenyTaskTimeoutException>(() => client.WaitForOcrPassportAsync(task));

        failure.TaskId.ShouldBe(task);
        (fake.TimeProvider.GetUtcNow() - started).ShouldBeInRange(TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(2.2));
        fake.Recording.StatusReadCount.ShouldBeGreaterThan(30);
    }

    [Fact]
    public async Task TimeProvider_IdleDelay_IsSkippedAndTheClockJumpsByIt()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        var before = fake.TimeProvider.GetUtcNow();
        var stopwatch = Stopwatch.StartNew();

        await Task.Delay(TimeSpan.FromHours(1), fake.TimeProvider);

        stopwatch.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5));
        (fake.TimeProvider.GetUtcNow() - before).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromHours(1));
    }

    [Fact]
    public async Task TimeProvider_TimeoutDueBeforeADelay_FiresFirst()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10), fake.TimeProvider);
        var canceledAt = (DateTimeOffset?)null;
        using var registration = timeout.Token.Register(() => canceledAt = fake.TimeProvider.GetUtcNow());
        var before = fake.TimeProvider.GetUtcNow();

        await Task.Delay(TimeSpan.FromMinutes(1), fake.TimeProvider);

        timeout.IsCancellationRequested.ShouldBeTrue();
        (canceledAt!.Value - before).ShouldBeInRange(TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(11));
    }

    [Fact]
    public async Task TimeProvider_TimeoutAlone_IsNotSkipped()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1), fake.TimeProvider);

        await Task.Delay(200);

        timeout.IsCancellationRequested.ShouldBeFalse();
    }

    [Fact]
    public async Task TimeProvider_WhileARequestIsInFlight_SkipsNothing()
    {
        await using var fake = await ProgenyFakeServer.StartAsync();
        using var client = Wire.Client(fake);
        fake.InjectFault(FakeFault.Delay(TimeSpan.FromMilliseconds(400)), FakeEndpoint.TokenObtain);
        var login = Wire.LoginAsync(client, fake);
        await Task.Delay(100);

        var delay = Task.Delay(TimeSpan.FromHours(1), fake.TimeProvider);
        await Task.Delay(100);
        var skippedDuringTheRequest = delay.IsCompleted;
        await login;
        await delay;

        skippedDuringTheRequest.ShouldBeFalse();
    }

    [Fact]
    public async Task SkipClientWaits_Off_TheClockRunsInRealTime()
    {
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { SkipClientWaits = false });
        var stopwatch = Stopwatch.StartNew();

        await Task.Delay(TimeSpan.FromMilliseconds(300), fake.TimeProvider);

        stopwatch.Elapsed.ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(280));
    }

    [Fact]
    public async Task TimeProvider_OverAFakeClock_FollowsItsAdvancesPlusTheSkippedWaits()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions { TimeProvider = clock });

        clock.Advance(TimeSpan.FromMinutes(5));
        await Task.Delay(TimeSpan.FromSeconds(30), fake.TimeProvider);

        fake.TimeProvider.GetUtcNow().ShouldBe(new DateTimeOffset(2030, 1, 1, 0, 5, 30, TimeSpan.Zero));
    }
}
