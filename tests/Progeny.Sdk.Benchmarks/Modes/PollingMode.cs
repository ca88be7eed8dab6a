using System.Globalization;

namespace Progeny.Sdk.Benchmarks.Modes;

/// <summary><c>polling</c>: detection lag and status requests per task for the SDK's schedule and two fixed ones.</summary>
internal static class PollingMode
{
    public static async Task<int> RunAsync(Arguments arguments)
    {
        var count = arguments.Tasks ?? (arguments.Tiny ? 50 : 1000);
        var results = await PollingSimulation.RunAllAsync(count, arguments.Seed, candidate: true);
        var (sdk, fixed1, mindee) = (results[0], results[1], results[2]);

        Console.WriteLine($"{count} tasks, durations uniform in 1–20 s (seed {arguments.Seed}, mean {sdk.Durations.Average():F2} s), fake clock in 1 ms steps");
        Console.WriteLine();
        var table = new Table("schedule", "mean lag (s)", "p95 lag (s)", "max lag (s)", "requests/task", "requests vs fixed 1 s");
        foreach (var result in results)
        {
            table.Add(result.Name, F(result.MeanLag), F(result.P95Lag), F(result.MaxLag), F(result.MeanRequests), F(result.MeanRequests / fixed1.MeanRequests));
        }

        table.Print();
        Result.Print("polling",
            ("tasks", count.ToString(CultureInfo.InvariantCulture)),
            ("lag", F(sdk.MeanLag)),
            ("p95_lag", F(sdk.P95Lag)),
            ("requests", F(sdk.MeanRequests)),
            ("ratio", F(sdk.MeanRequests / fixed1.MeanRequests)),
            ("fixed1_lag", F(fixed1.MeanLag)),
            ("fixed1_requests", F(fixed1.MeanRequests)),
            ("mindee_lag", F(mindee.MeanLag)),
            ("mindee_requests", F(mindee.MeanRequests)));
        return 0;
    }

    private static string F(double value) => value.ToString("F2", CultureInfo.InvariantCulture);
}
