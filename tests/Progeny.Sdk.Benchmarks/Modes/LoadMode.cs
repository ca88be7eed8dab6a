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
/// calls meet no token; the baseline logs in once first and polls every 1 s.
/// </summary>
internal static class LoadMode
{
    private static readonly TimeSpan TaskProcessingTime = TimeSpan.FromMilliseconds(300);

    public static async Task<int> RunAsync(Arguments arguments)
    {
        var operations = arguments.Operations ?? (arguments.Tiny ? 10 : 1000);
        var concurrency = arguments.Concurrency ?? (arguments.Tiny ? 5 : 100);
        var image = CannedBodies.Jpeg(100 * 1024);
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

        var sdk = await MeasureAsync("SDK (cold start)", fake, connections, operations, concurrency, () =>
        {
            var instance = SdkFactory.Create(fake.BaseAddress, TimeProvider.System, primaryHandler: null, fake.Configure);
            var client = instance.Client;
            return Task.FromResult<(Func<Task>, IDisposable)>((() => client.OcrPassportAsync(ProgenyImage.FromBytes(image, "passport.jpg")), instance));
        });
        var baseline = await MeasureAsync("baseline (HttpClient, 1 s polling)", fake, connections, operations, concurrency, async () =>
        {
            var http = new HttpClient { BaseAddress = fake.BaseAddress };
            var client = new BaselineClient(http, TimeProvider.System, BaselineSchedule.Fixed1s);
            await client.LoginAsync(fake.Username, fake.Password);
            return ((Func<Task>)(() => client.OcrPassportAsync(new MemoryStream(image), "passport.jpg")), (IDisposable)http);
        });

        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{operations} operations, at most {concurrency} at a time, 100 KiB JPEG, tasks finish {TaskProcessingTime.TotalMilliseconds} ms after upload; loopback sockets; fake server in this process"));
        var table = new Table("client", "ops/s", "p50 (ms)", "p99 (ms)", "errors", "logins", "connections opened", "status reads/op");
        foreach (var run in new[] { sdk, baseline })
        {
            table.Add(run.Name, F1(run.Throughput), F1(run.P50), F1(run.P99), I(run.Errors), I(run.Logins), I(run.Connections), (run.StatusReads / (double)operations).ToString("F2", CultureInfo.InvariantCulture));
        }

        table.Print();
        if (fake.Recording.ServerErrors.Count > 0)
        {
            Console.WriteLine($"fake server errors: {fake.Recording.ServerErrors.Count} (first: {fake.Recording.ServerErrors[0].Message})");
        }

        Result.Print("load",
            ("ops", I(operations)),
            ("concurrency", I(concurrency)),
            ("errors", I(sdk.Errors)),
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
            ("baseline_errors", I(baseline.Errors)));
        return 0;
    }

    private static async Task<Run> MeasureAsync(string name, ProgenyFakeServer fake, ConnectionCounter connections, int operations, int concurrency,
        Func<Task<(Func<Task> Operation, IDisposable Owner)>> create)
    {
        GC.Collect();
        fake.Recording.Clear();
        var connectionsBefore = connections.Opened;
        var (operation, owner) = await create();
        using (owner)
        {
            var latencies = new ConcurrentBag<double>();
            var errors = new ConcurrentBag<Exception>();
            var start = Stopwatch.GetTimestamp();
            await Parallel.ForEachAsync(Enumerable.Range(0, operations), new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (_, _) =>
            {
                var began = Stopwatch.GetTimestamp();
                try
                {
                    await operation();
                    latencies.Add(Stopwatch.GetElapsedTime(began).TotalMilliseconds);
                }
                catch (Exception exception)
                {
                    errors.Add(exception);
                }
            });
            var elapsed = Stopwatch.GetElapsedTime(start);
            foreach (var group in errors.GroupBy(e => e.GetType().Name + ": " + e.Message).Take(5))
            {
                Console.WriteLine($"{name}: {group.Count()} × {group.Key}");
            }

            var sorted = latencies.Order().ToArray();
            return new Run(
                name,
                latencies.Count / elapsed.TotalSeconds,
                sorted.Length == 0 ? double.NaN : ScheduleResult.Percentile(sorted, 0.50),
                sorted.Length == 0 ? double.NaN : ScheduleResult.Percentile(sorted, 0.99),
                errors.Count,
                fake.Recording.LoginCount,
                connections.Opened - connectionsBefore,
                fake.Recording.StatusReadCount);
        }
    }

    private static string F1(double value) => value.ToString("F1", CultureInfo.InvariantCulture);

    private static string I(long value) => value.ToString(CultureInfo.InvariantCulture);

    private sealed record Run(string Name, double Throughput, double P50, double P99, int Errors, int Logins, long Connections, int StatusReads);

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
