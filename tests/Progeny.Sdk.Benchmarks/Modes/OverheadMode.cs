using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Progeny.Sdk.Benchmarks.Infrastructure;

namespace Progeny.Sdk.Benchmarks.Modes;

/// <summary><c>overhead</c>: BenchmarkDotNet, in process, a short job; then SDK/baseline ratios of time and allocations.</summary>
internal static class OverheadMode
{
    public static async Task<int> RunAsync(Arguments arguments)
    {
        var job = arguments.Tiny
            ? Job.Dry
            : Job.Default.WithWarmupCount(3).WithIterationCount(10).WithIterationTime(Perfolizer.Horology.TimeInterval.FromMilliseconds(250));
        var config = ManualConfig.CreateMinimumViable()
            .AddJob(job.WithToolchain(InProcessEmitToolchain.Instance).WithId(arguments.Tiny ? "Dry" : "Short"))
            .AddLogger(ConsoleLogger.Default)
            .WithOptions(ConfigOptions.DisableLogFile | ConfigOptions.JoinSummary);
        if (arguments.Tiny)
        {
            config = config.WithOptions(ConfigOptions.DisableOptimizationsValidator);
        }

        var summary = BenchmarkRunner.Run<OverheadBenchmarks>(config);
        var rows = summary.Reports.ToDictionary(
            report => report.BenchmarkCase.Descriptor.WorkloadMethod.Name,
            report => (Mean: report.ResultStatistics?.Mean ?? double.NaN, Allocated: report.GcStats.GetBytesAllocatedPerOperation(report.BenchmarkCase) ?? 0));
        if (!rows.TryGetValue(nameof(OverheadBenchmarks.Baseline), out var baseline)
            || !rows.TryGetValue(nameof(OverheadBenchmarks.SdkOcrPassport), out var sdk)
            || !rows.TryGetValue(nameof(OverheadBenchmarks.BaselineNoWait), out var baselineNoWait)
            || !rows.TryGetValue(nameof(OverheadBenchmarks.SdkSubmitThenWait), out var resumable))
        {
            Console.Error.WriteLine("overhead: a benchmark did not run");
            return 1;
        }

        var paired = await PairedAsync(arguments.Tiny);
        var table = new Table("operation (token cached, task finished)", "mean (µs)", "allocated (B/op)", "time ratio", "alloc ratio");
        table.Add("baseline: POST, 1 s wait*, GET", Us(baseline.Mean), Bytes(baseline.Allocated), "1.00", "1.00");
        table.Add("SDK OcrPassportAsync (1 s wait*)", Us(sdk.Mean), Bytes(sdk.Allocated), Ratio(sdk.Mean, baseline.Mean), Ratio(sdk.Allocated, baseline.Allocated));
        table.Add("baseline: POST, GET at once", Us(baselineNoWait.Mean), Bytes(baselineNoWait.Allocated), "1.00", "1.00");
        table.Add("SDK Submit + WaitFor (GET at once)", Us(resumable.Mean), Bytes(resumable.Allocated), Ratio(resumable.Mean, baselineNoWait.Mean), Ratio(resumable.Allocated, baselineNoWait.Allocated));
        Console.WriteLine();
        table.Print();
        Console.WriteLine("* the 1 s first-poll wait elapses at once on a clock shared by both (a timer that fires immediately on the thread pool)");
        Console.WriteLine();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Interleaved, no-wait pair ({paired.Rounds} rounds of {paired.Batch} operations each, order alternating), medians per operation:"));
        var interleaved = new Table("measure", "SDK (µs)", "baseline (µs)", "ratio (median of per-round ratios)");
        interleaved.Add("process CPU time", paired.SdkCpuUs.ToString("F1", CultureInfo.InvariantCulture), paired.BaselineCpuUs.ToString("F1", CultureInfo.InvariantCulture), paired.CpuRatio.ToString("F2", CultureInfo.InvariantCulture));
        interleaved.Add("wall-clock time", paired.SdkUs.ToString("F1", CultureInfo.InvariantCulture), paired.BaselineUs.ToString("F1", CultureInfo.InvariantCulture), paired.Ratio.ToString("F2", CultureInfo.InvariantCulture));
        interleaved.Print();
        Console.WriteLine("The ratio in the RESULT line is the interleaved CPU-time one: on this shared machine wall-clock time also counts the time spent");
        Console.WriteLine("waiting for a core, and BenchmarkDotNet runs one benchmark after the other, so load that comes and goes skews its ratio of means.");
        Console.WriteLine("The no-wait pair is used because a timer's hop to the thread pool costs 25-150 µs of wake-up noise here, more than the operation.");
        Result.Print("overhead",
            ("ratio", paired.CpuRatio.ToString("F2", CultureInfo.InvariantCulture)),
            ("alloc_ratio", Ratio(resumable.Allocated, baselineNoWait.Allocated)),
            ("sdk_cpu_us", paired.SdkCpuUs.ToString("F1", CultureInfo.InvariantCulture)),
            ("baseline_cpu_us", paired.BaselineCpuUs.ToString("F1", CultureInfo.InvariantCulture)),
            ("sdk_alloc_bytes", resumable.Allocated.ToString(CultureInfo.InvariantCulture)),
            ("baseline_alloc_bytes", baselineNoWait.Allocated.ToString(CultureInfo.InvariantCulture)),
            ("wall_ratio", paired.Ratio.ToString("F2", CultureInfo.InvariantCulture)),
            ("bdn_ratio", Ratio(resumable.Mean, baselineNoWait.Mean)),
            ("ocr_alloc_ratio", Ratio(sdk.Allocated, baseline.Allocated)));
        return 0;
    }

    /// <summary>Times the SDK and the baseline (no-wait pair) in alternating batches on the same warmed-up objects.</summary>
    private static async Task<Paired> PairedAsync(bool tiny)
    {
        var (rounds, batch) = tiny ? (3, 20) : (60, 300);
        var benchmarks = new OverheadBenchmarks();
        benchmarks.Setup();
        try
        {
            var sdk = new List<BatchCost>();
            var baseline = new List<BatchCost>();
            for (var round = 0; round < rounds; round++)
            {
                if (round % 2 == 0)
                {
                    sdk.Add(await Batch.RunAsync(benchmarks.SdkSubmitThenWait, batch));
                    baseline.Add(await Batch.RunAsync(benchmarks.BaselineNoWait, batch));
                }
                else
                {
                    baseline.Add(await Batch.RunAsync(benchmarks.BaselineNoWait, batch));
                    sdk.Add(await Batch.RunAsync(benchmarks.SdkSubmitThenWait, batch));
                }
            }

            return new Paired(
                rounds,
                batch,
                Batch.Median(sdk.Select(t => t.WallUs)),
                Batch.Median(baseline.Select(t => t.WallUs)),
                Batch.Median(sdk.Zip(baseline, (s, b) => s.WallUs / b.WallUs)),
                Batch.Median(sdk.Select(t => t.CpuUs)),
                Batch.Median(baseline.Select(t => t.CpuUs)),
                Batch.Median(sdk.Zip(baseline, (s, b) => s.CpuUs / b.CpuUs)));
        }
        finally
        {
            benchmarks.Cleanup();
        }
    }

    private sealed record Paired(int Rounds, int Batch, double SdkUs, double BaselineUs, double Ratio, double SdkCpuUs, double BaselineCpuUs, double CpuRatio);

    private static string Us(double nanoseconds) => (nanoseconds / 1000).ToString("F1", CultureInfo.InvariantCulture);

    private static string Bytes(long bytes) => bytes.ToString("N0", CultureInfo.InvariantCulture);

    private static string Ratio(double value, double baseline) => (value / baseline).ToString("F2", CultureInfo.InvariantCulture);
}
