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
    public static int Run(Arguments arguments)
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

        var table = new Table("operation (token cached, task finished)", "mean (µs)", "allocated (B/op)", "time ratio", "alloc ratio");
        table.Add("baseline: POST, 1 s wait*, GET", Us(baseline.Mean), Bytes(baseline.Allocated), "1.00", "1.00");
        table.Add("SDK OcrPassportAsync (1 s wait*)", Us(sdk.Mean), Bytes(sdk.Allocated), Ratio(sdk.Mean, baseline.Mean), Ratio(sdk.Allocated, baseline.Allocated));
        table.Add("baseline: POST, GET at once", Us(baselineNoWait.Mean), Bytes(baselineNoWait.Allocated), "1.00", "1.00");
        table.Add("SDK Submit + WaitFor (GET at once)", Us(resumable.Mean), Bytes(resumable.Allocated), Ratio(resumable.Mean, baselineNoWait.Mean), Ratio(resumable.Allocated, baselineNoWait.Allocated));
        Console.WriteLine();
        table.Print();
        Console.WriteLine("* the 1 s first-poll wait elapses at once on a clock shared by both (a timer that fires immediately on the thread pool)");
        Console.WriteLine("The RESULT ratios are the no-wait pair: a timer's hop to the thread pool costs 25-150 µs of wake-up noise here, more than the operation.");
        Result.Print("overhead",
            ("ratio", Ratio(resumable.Mean, baselineNoWait.Mean)),
            ("alloc_ratio", Ratio(resumable.Allocated, baselineNoWait.Allocated)),
            ("sdk_us", Us(resumable.Mean)),
            ("baseline_us", Us(baselineNoWait.Mean)),
            ("sdk_alloc_bytes", resumable.Allocated.ToString(CultureInfo.InvariantCulture)),
            ("baseline_alloc_bytes", baselineNoWait.Allocated.ToString(CultureInfo.InvariantCulture)),
            ("ocr_ratio", Ratio(sdk.Mean, baseline.Mean)),
            ("ocr_alloc_ratio", Ratio(sdk.Allocated, baseline.Allocated)));
        return 0;
    }

    private static string Us(double nanoseconds) => (nanoseconds / 1000).ToString("F1", CultureInfo.InvariantCulture);

    private static string Bytes(long bytes) => bytes.ToString("N0", CultureInfo.InvariantCulture);

    private static string Ratio(double value, double baseline) => (value / baseline).ToString("F2", CultureInfo.InvariantCulture);
}
