using System.Globalization;
using Progeny.Sdk.Benchmarks;
using Progeny.Sdk.Benchmarks.Infrastructure;
using Progeny.Sdk.Benchmarks.Modes;

// dotnet run -c Release --project tests/Progeny.Sdk.Benchmarks -- <mode> [--tiny] [...] (modes: see the usage below)
// Each mode prints its tables, then one last line: RESULT mode=<mode> key=value ...
var arguments = Arguments.Parse(args);
if (arguments is null)
{
    Console.Error.WriteLine("""
        usage: Progeny.Sdk.Benchmarks <mode> [options]
          overhead                       BenchmarkDotNet: SDK vs hand-written HttpClient, in process
          upload                         managed bytes and working set for a 10 MiB upload (file, forward-only stream)
          polling [--tasks N]            detection lag and requests per task on a fake clock, three schedules
          load [--operations N] [--concurrency N]
                                         real sockets on loopback against Progeny.Sdk.Testing
          plot [--out PATH]              the polling simulation drawn to a PNG (default docs/polling.png)
          allocations [--operations N] [--service NAME]
                                         sampled allocations by type, SDK vs baseline (a profiler stand-in); one service of services
          cpu [--out sdk|baseline]       a sampling CPU profile of one path, by method (EventPipe on itself)
          services [--rounds N] [--operations N]
                                         every v3 service, SDK vs a matching hand-written baseline: CPU and allocation ratios
          imaging [--out PATH]           Progeny.Sdk.Imaging on a 12 MP phone photo: time, memory, bytes, upload time saved
                                         (--out also writes the photo, to try the CLI on)
        options: --tiny (a size for CI: each mode runs in seconds), --seed N
        """);
    return 2;
}

Console.WriteLine(Machine.Describe());
return arguments.Mode switch
{
    "overhead" => await OverheadMode.RunAsync(arguments),
    "upload" => await UploadMode.RunAsync(arguments),
    "polling" => await PollingMode.RunAsync(arguments),
    "load" => await LoadMode.RunAsync(arguments),
    "plot" => await PlotMode.RunAsync(arguments),
    "allocations" => await AllocationsMode.RunAsync(arguments),
    "cpu" => await CpuMode.RunAsync(arguments),
    "services" => await ServicesMode.RunAsync(arguments),
    "imaging" => await ImagingMode.RunAsync(arguments),
    _ => 2,
};

namespace Progeny.Sdk.Benchmarks
{
    internal sealed record Arguments(string Mode, bool Tiny, int? Operations, int? Concurrency, int? Tasks, int? Rounds, int Seed, string? Out, string? Service)
    {
        private static readonly string[] Modes = ["overhead", "upload", "polling", "load", "plot", "allocations", "cpu", "services", "imaging"];

        public static Arguments? Parse(string[] args)
        {
            if (args.Length == 0 || !Modes.Contains(args[0]))
            {
                return null;
            }

            var result = new Arguments(args[0], Tiny: false, Operations: null, Concurrency: null, Tasks: null, Rounds: null, Seed: 5, Out: null, Service: null);
            for (var i = 1; i < args.Length; i++)
            {
                string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
                int NextInt() => int.Parse(Next(), NumberStyles.None, CultureInfo.InvariantCulture);
                result = args[i] switch
                {
                    "--tiny" => result with { Tiny = true },
                    "--operations" => result with { Operations = NextInt() },
                    "--concurrency" => result with { Concurrency = NextInt() },
                    "--tasks" => result with { Tasks = NextInt() },
                    "--rounds" => result with { Rounds = NextInt() },
                    "--seed" => result with { Seed = NextInt() },
                    "--out" => result with { Out = Next() },
                    "--service" => result with { Service = Next() },
                    _ => throw new ArgumentException($"unknown option {args[i]}"),
                };
            }

            return result;
        }
    }
}
