using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Tracing;
using System.Globalization;
using Progeny.Sdk.Benchmarks.Baseline;
using Progeny.Sdk.Benchmarks.Infrastructure;
using Progeny.Sdk.Testing;

namespace Progeny.Sdk.Benchmarks.Modes;

/// <summary>
/// <c>load</c>: N passport operations, at most C at a time, over real sockets on loopback against the fake server
/// (Progeny.Sdk.Testing, in this process), each task finishing <see cref="TaskProcessingTime"/> after its upload. The SDK
/// (dependency injection, its own SocketsHttpHandler, the real clock and polling schedule) starts cold, so that its C first
/// calls meet no token; the baseline logs in once first and polls every 1 s. Each runs half the operations, in rounds
/// ordered SDK, baseline, baseline, SDK.
/// </summary>
internal static class LoadMode
{
    private static readonly TimeSpan TaskProcessingTime = TimeSpan.FromMilliseconds(300);

    public static async Task<int> RunAsync(Arguments arguments)
    {
        var operations = arguments.Operations ?? (arguments.Tiny ? 10 : 1000);
        var concurrency = arguments.Concurrency ?? (arguments.Tiny ? 5 : 100);
        var image = SampleImages.JpegOfSize(100 * 1024);  // a real JPEG: the fake decodes uploads like the server
        await using var fake = await ProgenyFakeServer.StartAsync(new ProgenyFakeServerOptions
        {
            TaskProgress = [],
            TaskProcessingTime = TaskProcessingTime,
        });
        using var connections = new ConnectionCounter();

        // Warm up the JIT of both paths and the server with a throwaway client each (their logins are not counted).
        using (var warm = SdkFactory.Create(fake.BaseAddress, TimeProvider.System, primaryHandler: null, fake.Configure))
        {
            await warm.Client.OcrPassportAsync(ProgenyImage.FromBytes(image, "passport.jpg"));
        }

        using (var warmHttp = new HttpClient { BaseAddress = fake.BaseAddress })
        {
            var warmBaseline = new BaselineClient(warmHttp, TimeProvider.System, BaselineSchedule.Fixed1s);
            await warmBaseline.LoginAsync(fake.Username, fake.Password);
            await warmBaseline.OcrPassportAsync(new MemoryStream(image), "passport.jpg");
        }

        // Both clients exist before the first round; the SDK's has not logged in yet.
        using var sdkInstance = SdkFactory.Create(fake.BaseAddress, TimeProvider.System, primaryHandler: null, fake.Configure);
        using var http = new HttpClient { BaseAddress = fake.BaseAddress };
        var baselineClient = new BaselineClient(http, TimeProvider.System, BaselineSchedule.Fixed1s);
        await baselineClient.LoginAsync(fake.Username, fake.Password);
        var sdk = new Run("SDK (cold start)", () => sdkInstance.Client.OcrPassportAsync(ProgenyImage.FromBytes(image, "passport.jpg")));
        var baseline = new Run("baseline (HttpClient, 1 s polling)", () => baselineClient.OcrPassportAsync(new MemoryStream(image), "passport.jpg"))
        {
            Logins = 1,
        };

        // Rounds in the order SDK, baseline, baseline, SDK: load from other processes that comes and goes weighs on both alike.
        var rounds = operations >= 4 * concurrency ? 2 : 1;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var run in new[] { sdk, baseline, baseline, sdk })
            {
                await RoundAsync(run, fake, connections, operations / (2 * rounds), concurrency);
            }
        }

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{operations} operations for each client in rounds SDK, baseline, baseline, SDK, at most {concurrency} at a time, 100 KiB JPEG, tasks finish {TaskProcessingTime.TotalMilliseconds} ms after upload; loopback sockets; fake server in this process"));
        var table = new Table("client", "ops/s", "p50 (ms)", "p99 (ms)", "errors", "logins", "connections opened", "status reads/op");
        foreach (var run in new[] { sdk, baseline })
        {
            table.Add(run.Name, F1(run.Throughput), F1(run.P50), F1(run.P99), I(run.Errors.Count), I(run.Logins), I(run.Connections), (run.StatusReads / (double)run.Operations).ToString("F2", CultureInfo.InvariantCulture));
        }

        table.Print();
        if (fake.Recording.ServerErrors.Count > 0)
        {
            Console.WriteLine($"fake server errors: {fake.Recording.ServerErrors.Count} (first: {fake.Recording.ServerErrors[0].Message})");
        }

        Result.Print("load",
            ("ops", I(sdk.Operations)),
            ("concurrency", I(concurrency)),
            ("errors", I(sdk.Errors.Count)),
            ("logins", I(sdk.Logins)),
            ("ratio", (sdk.Throughput / baseline.Throughput).ToString("F2", CultureInfo.InvariantCulture)),
            ("sdk_ops_per_s", F1(sdk.Throughput)),
            ("baseline_ops_per_s", F1(baseline.Throughput)),
            ("p50_ms", F1(sdk.P50)),
            ("p99_ms", F1(sdk.P99)),
            ("baseline_p50_ms", F1(baseline.P50)),
            ("baseline_p99_ms", F1(baseline.P99)),
            ("connections", I(sdk.Connections)),
            ("baseline_connections", I(baseline.Connections)),
            ("baseline_errors", I(baseline.Errors.Count)));
        return 0;
    }

    private static async Task RoundAsync(Run run, ProgenyFakeServer fake, ConnectionCounter connections, int operations, int concurrency)
    {
        GC.Collect();
        fake.Recording.Clear();
        var connectionsBefore = connections.Opened;
        var start = Stopwatch.GetTimestamp();
        await Parallel.ForEachAsync(Enumerable.Range(0, operations), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (_, _) =>
        {
            var began = Stopwatch.GetTimestamp();
            try
            {
                await run.Operation();
                run.Latencies.Add(Stopwatch.GetElapsedTime(began).TotalMilliseconds);
            }
            catch (Exception exception)
            {
                run.Errors.Add(exception);
            }
        });
        run.Elapsed += Stopwatch.GetElapsedTime(start);
        run.Connections += connections.Opened - connectionsBefore;
        run.Logins += fake.Recording.LoginCount;
        run.StatusReads += fake.Recording.StatusReadCount;
        run.Operations += operations;
        foreach (var group in run.Errors.GroupBy(e => e.GetType().Name + ": " + e.Message).Take(5))
        {
            Console.WriteLine($"{run.Name}: {group.Count()} × {group.Key}");
        }
    }

    private static string F1(double value) => value.ToString("F1", CultureInfo.InvariantCulture);

    private static string I(long value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed class Run(string name, Func<Task> operation)
    {
        public string Name { get; } = name;

        public Func<Task> Operation { get; } = operation;

        public ConcurrentBag<double> Latencies { get; } = [];

        public ConcurrentBag<Exception> Errors { get; } = [];

        public TimeSpan Elapsed { get; set; }

        public int Operations { get; set; }

        public long Connections { get; set; }

        public int Logins { get; set; }

        public int StatusReads { get; set; }

        public double Throughput => Latencies.Count / Elapsed.TotalSeconds;

        public double P50 => ScheduleResult.Percentile(Latencies, 0.50);

        public double P99 => ScheduleResult.Percentile(Latencies, 0.99);
    }

    /// <summary>Counts the HTTP connections this process's clients open (System.Net.Http's ConnectionEstablished events).</summary>
    private sealed class ConnectionCounter : EventListener
    {
        private long _opened;

        public long Opened => Interlocked.Read(ref _opened);

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "System.Net.Http")
            {
                EnableEvents(eventSource, EventLevel.Informational, EventKeywords.All);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventName == "ConnectionEstablished")
            {
                Interlocked.Increment(ref _opened);
            }
        }
    }
}
