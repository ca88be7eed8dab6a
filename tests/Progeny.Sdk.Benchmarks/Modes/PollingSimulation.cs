using Microsoft.Extensions.Time.Testing;
using Progeny.Sdk.Benchmarks.Baseline;
using Progeny.Sdk.Benchmarks.Infrastructure;

namespace Progeny.Sdk.Benchmarks.Modes;

/// <summary>
/// Runs N tasks whose durations are drawn from 1–20 s (seeded) on a <see cref="FakeTimeProvider"/>, all submitted at
/// once, against the in-process API, which answers PENDING until a task's duration has elapsed on the fake clock and
/// SUCCESS after. The SDK runs its real polling (its Polly pipeline, jitter included); the fixed schedules run the
/// hand-written baseline client. Lag = the fake time of the first status request that saw SUCCESS − the time the task finished.
/// </summary>
internal static class PollingSimulation
{
    private static readonly Uri BaseAddress = new("http://127.0.0.1:5000/api/v3/");

    /// <summary>The fake clock moves in steps of 1 ms: each timer fires at most 1 ms late.</summary>
    private static readonly TimeSpan Step = TimeSpan.FromMilliseconds(1);

    public static TimeSpan[] Durations(int count, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => TimeSpan.FromMilliseconds(Math.Round(1000 + (random.NextDouble() * 19000)))).ToArray();
    }

    /// <summary>The SDK, fixed 1 s, Mindee's; with <paramref name="candidate"/>, a fourth schedule the SDK could adopt.</summary>
    public static async Task<ScheduleResult[]> RunAllAsync(int count, int seed, bool candidate = false)
    {
        var durations = Durations(count, seed);
        ScheduleResult[] results =
        [
            await RunSdkAsync(durations),
            await RunBaselineAsync(durations, BaselineSchedule.Fixed1s),
            await RunBaselineAsync(durations, BaselineSchedule.Mindee),
        ];
        return candidate ? [.. results, await RunBaselineAsync(durations, BaselineSchedule.Candidate)] : results;
    }

    private static async Task<ScheduleResult> RunSdkAsync(TimeSpan[] durations)
    {
        var clock = new FakeTimeProvider();
        var tasks = new ScheduledTasks(clock);
        using var handler = new FakeApiHandler(tasks);
        using var sdk = SdkFactory.Create(BaseAddress, clock, handler, options => options.PollingTimeout = TimeSpan.FromMinutes(5));
        var image = ProgenyImage.FromBytes(CannedBodies.Jpeg(4096), "passport.jpg");

        // Log in before the clock starts (the login runs on the thread pool), then forget that upload.
        await sdk.Client.SubmitOcrPassportAsync(image);
        tasks.Clear();
        return await SimulateAsync("SDK: 1 s, then 1.9 s, ±10%", clock, tasks, durations, () => sdk.Client.OcrPassportAsync(image));
    }

    private static async Task<ScheduleResult> RunBaselineAsync(TimeSpan[] durations, BaselineSchedule schedule)
    {
        var clock = new FakeTimeProvider();
        var tasks = new ScheduledTasks(clock);
        using var handler = new FakeApiHandler(tasks);
        using var http = new HttpClient(handler, disposeHandler: false) { BaseAddress = BaseAddress };
        var client = new BaselineClient(http, clock, schedule);
        await client.LoginAsync(SdkFactory.Username, SdkFactory.Password);
        var image = CannedBodies.Jpeg(4096);
        return await SimulateAsync(schedule.Name, clock, tasks, durations, () => client.OcrPassportAsync(new MemoryStream(image), "passport.jpg"));
    }

    private static async Task<ScheduleResult> SimulateAsync<T>(string name, FakeTimeProvider clock, ScheduledTasks tasks, TimeSpan[] durations, Func<Task<T>> operation)
    {
        tasks.Enqueue(durations);
        var all = Task.WhenAll(durations.Select(_ => operation()));
        var end = clock.GetUtcNow() + durations.Max() + TimeSpan.FromMinutes(1);
        while (!all.IsCompleted && clock.GetUtcNow() < end)
        {
            clock.Advance(Step);
        }

        await all.WaitAsync(TimeSpan.FromSeconds(30));
        var entries = tasks.Entries.ToArray();
        if (entries.Length != durations.Length || entries.Any(entry => entry.Lag is null))
        {
            throw new InvalidOperationException($"{name}: {entries.Length} tasks created, {entries.Count(entry => entry.Lag is null)} never seen finished.");
        }

        return new ScheduleResult(
            name,
            entries.Select(entry => entry.Duration.TotalSeconds).ToArray(),
            entries.Select(entry => entry.Lag!.Value.TotalSeconds).ToArray(),
            entries.Select(entry => entry.Polls).ToArray());
    }
}

internal sealed record ScheduleResult(string Name, double[] Durations, double[] Lags, int[] Requests)
{
    public double MeanLag => Lags.Average();

    public double P95Lag => Percentile(Lags, 0.95);

    public double MaxLag => Lags.Max();

    public double MeanRequests => Requests.Average();

    public static double Percentile(IEnumerable<double> values, double fraction)
    {
        var sorted = values.Order().ToArray();
        var rank = fraction * (sorted.Length - 1);
        var low = (int)Math.Floor(rank);
        var high = (int)Math.Ceiling(rank);
        return sorted[low] + ((sorted[high] - sorted[low]) * (rank - low));
    }
}
