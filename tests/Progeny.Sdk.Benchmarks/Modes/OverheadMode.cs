using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

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
            $"Interleaved, no-wait pair ({paired.Rounds} rounds of {paired.Batch} operations each, order alternating): median SDK {paired.SdkUs:F1} µs, baseline {paired.BaselineUs:F1} µs, median of per-round ratios {paired.Ratio:F2}"));
        Console.WriteLine("The ratio in the RESULT line is that interleaved median: the machine is shared, and BenchmarkDotNet runs one benchmark after the other, so load that comes and goes skews its ratio of means.");
        Console.WriteLine("The no-wait pair is used because a timer's hop to the thread pool costs 25-150 µs of wake-up noise here, more than the operation.");
        Result.Print("overhead",
            ("ratio", paired.Ratio.ToString("F2", CultureInfo.InvariantCulture)),
            ("alloc_ratio", Ratio(resumable.Allocated, baselineNoWait.Allocated)),
            ("sdk_us", paired.SdkUs.ToString("F1", CultureInfo.InvariantCulture)),
            ("baseline_us", paired.BaselineUs.ToString("F1", CultureInfo.InvariantCulture)),
            ("sdk_alloc_bytes", resumable.Allocated.ToString(CultureInfo.InvariantCulture)),
            ("baseline_alloc_bytes", baselineNoWait.Allocated.ToString(CultureInfo.InvariantCulture)),
            ("bdn_ratio", Ratio(resumable.Mean, baselineNoWait.Mean)),
            ("ocr_alloc_ratio", Ratio(sdk.Allocated, baseline.Allocated)));
        return 0;
    }

    /// <summary>Times the SDK and the baseline (no-wait pair) in alternating batches on the same warmed-up objects.</summary>
    private static async Task<(int Rounds, int Batch, double SdkUs, double BaselineUs, double Ratio)> PairedAsync(bool tiny)
    {
        var (rounds, batch) = tiny ? (3, 20) : (60, 300);
        var benchmarks = new OverheadBenchmarks();
        benchmarks.Setup();
        try
        {
            var sdk = new List<double>();
            var baseline = new List<double>();
            var ratios = new List<double>();
            for (var round = 0; round < rounds; round++)
            {
                double s, b;
                if (round % 2 == 0)
                {
                    s = await TimeAsync(benchmarks.SdkSubmitThenWait, batch);
                    b = await TimeAsync(benchmarks.BaselineNoWait, batch);
                }
                else
                {
                    b = await TimeAsync(benchmarks.BaselineNoWait, batch);
                    s = await TimeAsync(benchmarks.SdkSubmitThenWait, batch);
                }

                sdk.Add(s);
                baseline.Add(b);
                ratios.Add(s / b);
            }

            return (rounds, batch, Median(sdk), Median(baseline), Median(ratios));
        }
        finally
        {
            benchmarks.Cleanup();
        }
    }

    private static async Task<double> TimeAsync(Func<Task> operation, int count)
    {
        var start = System.Diagnostics.Stopwatch.GetTimestamp();
        for (var i = 0; i < count; i++)
        {
            await operation();
        }

        return System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMicroseconds / count;
    }

    private static double Median(List<double> values) => ScheduleResult.Percentile(values, 0.5);

    private static string Us(double nanoseconds) => (nanoseconds / 1000).ToString("F1", CultureInfo.InvariantCulture);

    private static string Bytes(long bytes) => bytes.ToString("N0", CultureInfo.InvariantCulture);

    private static string Ratio(double value, double baseline) => (value / baseline).ToString("F2", CultureInfo.InvariantCulture);
}
