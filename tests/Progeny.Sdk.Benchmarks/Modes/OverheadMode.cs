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
            || !rows.TryGetValue(nameof(OverheadBenchmarks.SdkSubmitThenWait), out var resumable))
        {
            Console.Error.WriteLine("overhead: a benchmark did not run");
            return 1;
        }

        var table = new Table("operation", "mean (µs)", "allocated (B/op)", "time ratio", "alloc ratio");
        table.Add("baseline (HttpClient + STJ)", Us(baseline.Mean), baseline.Allocated.ToString("N0", CultureInfo.InvariantCulture), "1.00", "1.00");
        table.Add("SDK OcrPassportAsync", Us(sdk.Mean), sdk.Allocated.ToString("N0", CultureInfo.InvariantCulture), Ratio(sdk.Mean, baseline.Mean), Ratio(sdk.Allocated, baseline.Allocated));
        table.Add("SDK Submit + WaitFor", Us(resumable.Mean), resumable.Allocated.ToString("N0", CultureInfo.InvariantCulture), Ratio(resumable.Mean, baseline.Mean), Ratio(resumable.Allocated, baseline.Allocated));
        Console.WriteLine();
        table.Print();
        Result.Print("overhead",
            ("ratio", Ratio(sdk.Mean, baseline.Mean)),
            ("alloc_ratio", Ratio(sdk.Allocated, baseline.Allocated)),
            ("sdk_us", Us(sdk.Mean)),
            ("baseline_us", Us(baseline.Mean)),
            ("sdk_alloc_bytes", sdk.Allocated.ToString(CultureInfo.InvariantCulture)),
            ("baseline_alloc_bytes", baseline.Allocated.ToString(CultureInfo.InvariantCulture)));
        return 0;
    }

    private static string Us(double nanoseconds) => (nanoseconds / 1000).ToString("F1", CultureInfo.InvariantCulture);

    private static string Ratio(double value, double baseline) => (value / baseline).ToString("F2", CultureInfo.InvariantCulture);
}
