using System.Globalization;
using Progeny.Sdk.Benchmarks.Baseline;
using Progeny.Sdk.Benchmarks.Infrastructure;

namespace Progeny.Sdk.Benchmarks.Modes;

/// <summary>
/// <c>services</c>: every v3 service against the in-process API (token cached, task finished), the SDK's
/// <c>SubmitAsync</c> + <c>WaitForAsync</c> against a hand-written baseline doing the same requests. First both are run
/// once through a recording handler and must send the same requests and read the same values; then they are timed in
/// alternating batches, all services in each round, and each service gets the median of its per-round CPU-time ratios
/// and its allocation ratio (exact bytes per operation).
/// </summary>
internal static class ServicesMode
{
    /// <summary>The API address of the in-process API.</summary>
    public static readonly Uri BaseAddress = new("http://127.0.0.1:5000/api/v3/");

    public static async Task<int> RunAsync(Arguments arguments)
    {
        var rounds = arguments.Rounds ?? (arguments.Tiny ? 3 : 40);
        var batch = arguments.Operations ?? (arguments.Tiny ? 20 : 250);
        var warmup = arguments.Tiny ? 50 : 1500;
        if (await VerifyAsync() is { Count: > 0 } differences)
        {
            foreach (var difference in differences)
            {
                Console.Error.WriteLine("services: " + difference);
            }

            return 1;
        }

        using var handler = new FakeApiHandler(new FinishedTasks());
        using var sdk = SdkFactory.Create(BaseAddress, TimeProvider.System, handler);
        using var http = new HttpClient(handler, disposeHandler: false) { BaseAddress = BaseAddress };
        var baseline = new BaselineClient(http, TimeProvider.System, BaselineSchedule.Immediate);
        await baseline.LoginAsync(SdkFactory.Username, SdkFactory.Password);
        var cases = ServiceCases.For(sdk.Client, baseline);

        // Warm up every path (JIT tiers, pools, the SDK's login), let the background compiler finish, warm up again.
        await WarmUpAsync(cases, warmup);
        await Task.Delay(TimeSpan.FromSeconds(arguments.Tiny ? 0.1 : 1));
        await WarmUpAsync(cases, warmup / 5);

        var costs = cases.ToDictionary(c => c.Name, _ => (Sdk: new List<BatchCost>(), Baseline: new List<BatchCost>()));
        for (var round = 0; round < rounds; round++)
        {
            for (var i = 0; i < cases.Count; i++)
            {
                // Each round starts at another service, and each service's pair alternates, round after round, which
                // side goes first. ((round + i) % 2 did not: with an even number of services, a service's parity is
                // fixed, so half of them always ran the baseline first.)
                var service = cases[(i + round) % cases.Count];
                var (sdkCosts, baselineCosts) = costs[service.Name];
                if (round % 2 == 0)
                {
                    sdkCosts.Add(await Batch.RunAsync(service.Sdk, batch));
                    baselineCosts.Add(await Batch.RunAsync(service.Baseline, batch));
                }
                else
                {
                    baselineCosts.Add(await Batch.RunAsync(service.Baseline, batch));
                    sdkCosts.Add(await Batch.RunAsync(service.Sdk, batch));
                }
            }
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Every service, token cached, task finished, in process: SDK SubmitAsync + WaitForAsync vs the baseline's POST + GET at once; {rounds} rounds of {batch} operations per side, medians per operation."));
        Console.WriteLine("Checked first: both sent the same requests (method, address, authorization, content type, every multipart byte but the boundary) and read the same values.");
        Console.WriteLine();
        var table = new Table("service", "images", "SDK CPU (µs)", "baseline CPU (µs)", "CPU ratio", "SDK (B/op)", "baseline (B/op)", "alloc ratio", "target", "met");
        var results = new List<(string Key, string Value)> { ("rounds", I(rounds)), ("batch", I(batch)) };
        var met = 0;
        foreach (var service in cases)
        {
            var (sdkCosts, baselineCosts) = costs[service.Name];
            var cpuRatio = Batch.Median(sdkCosts.Zip(baselineCosts, (s, b) => s.CpuUs / b.CpuUs));
            var sdkBytes = Batch.Median(sdkCosts.Select(c => c.Bytes));
            var baselineBytes = Batch.Median(baselineCosts.Select(c => c.Bytes));
            var allocationRatio = sdkBytes / baselineBytes;
            var meets = cpuRatio <= service.CpuTarget && allocationRatio <= service.AllocationTarget;
            met += meets ? 1 : 0;
            table.Add(
                service.Name,
                I(service.Images),
                F1(Batch.Median(sdkCosts.Select(c => c.CpuUs))),
                F1(Batch.Median(baselineCosts.Select(c => c.CpuUs))),
                F2(cpuRatio),
                sdkBytes.ToString("N0", CultureInfo.InvariantCulture),
                baselineBytes.ToString("N0", CultureInfo.InvariantCulture),
                F2(allocationRatio),
                $"≤ {F2(service.CpuTarget)} / ≤ {F2(service.AllocationTarget)}",
                meets ? "yes" : "no");
            results.Add(($"{service.Name}_cpu_ratio", F2(cpuRatio)));
            results.Add(($"{service.Name}_alloc_ratio", F2(allocationRatio)));
        }

        table.Print();
        Console.WriteLine("CPU ratio: the median of per-round ratios of process CPU time (which leaves out time spent waiting for a core on a shared machine).");
        results.Add(("targets_met", $"{met}/{cases.Count}"));
        Result.Print("services", [.. results]);
        return 0;
    }

    /// <summary>
    /// Runs each service once by the SDK and once by the baseline through a recording handler, and lists where their
    /// requests or the values they read differ: the baseline must do the same work.
    /// </summary>
    private static async Task<List<string>> VerifyAsync()
    {
        using var fake = new FakeApiHandler(new FinishedTasks());
        using var recording = new RecordingHandler(fake);
        using var sdk = SdkFactory.Create(BaseAddress, TimeProvider.System, recording);
        using var http = new HttpClient(recording, disposeHandler: false) { BaseAddress = BaseAddress };
        var baseline = new BaselineClient(http, TimeProvider.System, BaselineSchedule.Immediate);
        await baseline.LoginAsync(SdkFactory.Username, SdkFactory.Password);
        var cases = ServiceCases.For(sdk.Client, baseline);
        await cases[0].Sdk(); // the SDK's login
        recording.Take();

        var differences = new List<string>();
        foreach (var service in cases)
        {
            await service.Sdk();
            var sdkRequests = recording.Take();
            await service.Baseline();
            var baselineRequests = recording.Take();
            if (sdkRequests.Count != 2 || !sdkRequests.SequenceEqual(baselineRequests))
            {
                differences.Add($"{service.Name}: the SDK sent [{string.Join("; ", sdkRequests.Select(r => r.Summary))}], the baseline [{string.Join("; ", baselineRequests.Select(r => r.Summary))}]");
            }

            if (!await service.SameResult())
            {
                differences.Add($"{service.Name}: the SDK and the baseline read different values from the same body");
            }

            recording.Take();
        }

        return differences;
    }

    private static async Task WarmUpAsync(IReadOnlyList<ServiceCase> cases, int operations)
    {
        foreach (var service in cases)
        {
            for (var i = 0; i < operations; i++)
            {
                await service.Sdk();
                await service.Baseline();
            }
        }
    }

    private static string I(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string F1(double value) => value.ToString("F1", CultureInfo.InvariantCulture);

    private static string F2(double value) => value.ToString("F2", CultureInfo.InvariantCulture);
}
