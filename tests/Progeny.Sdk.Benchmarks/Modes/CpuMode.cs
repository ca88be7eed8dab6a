using System.Diagnostics.Tracing;
using System.Globalization;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing.Etlx;
using Microsoft.Diagnostics.Tracing.Parsers;

namespace Progeny.Sdk.Benchmarks.Modes;

/// <summary>
/// <c>cpu</c>: a sampling profile of one operation path, taken by this process on itself through EventPipe (the runtime's
/// sample profiler, ~1 ms), with inclusive and exclusive shares per method. A profiler stand-in for machines without
/// dotnet-trace. <c>--variant sdk|baseline</c>.
/// </summary>
internal static class CpuMode
{
    public static async Task<int> RunAsync(Arguments arguments)
    {
        var operations = arguments.Operations ?? (arguments.Tiny ? 500 : 60_000);
        var benchmarks = new OverheadBenchmarks();
        benchmarks.Setup();
        Func<Task> operation = arguments.Out == "baseline" ? benchmarks.BaselineNoWait : benchmarks.SdkSubmitThenWait;
        for (var i = 0; i < 2000; i++)
        {
            await operation();
        }

        var path = Path.Combine(Path.GetTempPath(), $"progeny-cpu-{Environment.ProcessId}.nettrace");
        var providers = new[]
        {
            new EventPipeProvider("Microsoft-DotNETCore-SampleProfiler", EventLevel.Informational),
            new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, (long)ClrTraceEventParser.Keywords.Default),
        };
        var client = new DiagnosticsClient(Environment.ProcessId);
        using (var session = client.StartEventPipeSession(providers, requestRundown: true, circularBufferMB: 256))
        {
            var copy = Task.Run(async () =>
            {
                await using var file = File.Create(path);
                await session.EventStream.CopyToAsync(file);
            });
            for (var i = 0; i < operations; i++)
            {
                await operation();
            }

            await session.StopAsync(CancellationToken.None);
            await copy;
        }

        benchmarks.Cleanup();
        var etlx = TraceLog.CreateFromEventPipeDataFile(path);
        var inclusive = new Dictionary<string, int>();
        var exclusive = new Dictionary<string, int>();
        var callers = new Dictionary<string, int>();
        var samples = 0;
        using (var log = new TraceLog(etlx))
        {
            foreach (var sample in log.Events.Where(e => e.ProviderName == "Microsoft-DotNETCore-SampleProfiler"))
            {
                var frames = new List<string>();
                for (var frame = sample.CallStack(); frame is not null; frame = frame.Caller)
                {
                    frames.Add(frame.CodeAddress.FullMethodName is { Length: > 0 } name ? name : "?" + frame.CodeAddress.ModuleName);
                }

                if (!frames.Any(f => f.Contains("OverheadBenchmarks", StringComparison.Ordinal) || f.Contains("CpuMode", StringComparison.Ordinal))
                    || frames.Count == 0 || frames[0].Contains("WaitHandle", StringComparison.Ordinal))
                {
                    continue;
                }

                samples++;
                exclusive[frames[0]] = exclusive.GetValueOrDefault(frames[0]) + 1;

                // The runtime's sampler stops threads at safe points: the first frames above the runtime's own are where the time went.
                var own = frames.SkipWhile(f => f.StartsWith("System.", StringComparison.Ordinal) || f.StartsWith('?')).Take(1)
                    .Concat(frames.Take(3)).Select(Simplify);
                var key = string.Join(" <- ", frames.Take(4).Select(Simplify)) + "   [in " + own.First() + "]";
                callers[key] = callers.GetValueOrDefault(key) + 1;
                foreach (var name in frames.Distinct())
                {
                    inclusive[name] = inclusive.GetValueOrDefault(name) + 1;
                }
            }
        }

        File.Delete(path);
        File.Delete(etlx);
        Print("inclusive", inclusive, samples);
        Print("exclusive", exclusive, samples);
        Print("exclusive, with callers", callers, samples);
        Result.Print("cpu", ("samples", samples.ToString(CultureInfo.InvariantCulture)), ("operations", operations.ToString(CultureInfo.InvariantCulture)));
        return 0;
    }

    private static string Simplify(string name)
    {
        var paren = name.IndexOf('(', StringComparison.Ordinal);
        return paren > 0 ? name[..paren] : name;
    }

    private static void Print(string title, Dictionary<string, int> counts, int samples)
    {
        Console.WriteLine();
        var table = new Table(title, "share");
        foreach (var (name, count) in counts.OrderByDescending(pair => pair.Value).Take(60))
        {
            table.Add(name.Length > 330 ? name[..330] + "…" : name, ((double)count / samples).ToString("P1", CultureInfo.InvariantCulture));
        }

        table.Print();
    }
}
