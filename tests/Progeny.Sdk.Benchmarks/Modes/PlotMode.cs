using System.Globalization;
using ScottPlot;

namespace Progeny.Sdk.Benchmarks.Modes;

/// <summary><c>plot</c>: runs the polling simulation and draws lag against requests per task for the three schedules.</summary>
internal static class PlotMode
{
    public static async Task<int> RunAsync(Arguments arguments)
    {
        var count = arguments.Tasks ?? (arguments.Tiny ? 50 : 1000);
        var path = Path.GetFullPath(arguments.Out ?? Path.Combine("docs", "polling.png"));
        var results = await PollingSimulation.RunAllAsync(count, arguments.Seed);

        var plot = new Plot();
        Color[] colors = [Colors.C0, Colors.C1, Colors.C2];
        MarkerShape[] shapes = [MarkerShape.FilledCircle, MarkerShape.FilledSquare, MarkerShape.FilledDiamond];
        var random = new Random(arguments.Seed);
        for (var i = 0; i < results.Length; i++)
        {
            var result = results[i];

            // Requests are whole numbers: spread each column a little so that the density shows.
            var xs = result.Requests.Select(r => r + ((random.NextDouble() - 0.5) * 0.35)).ToArray();
            var cloud = plot.Add.ScatterPoints(xs, result.Lags);
            cloud.Color = colors[i].WithAlpha(0.25);
            cloud.MarkerSize = 3;

            var mean = plot.Add.Marker(result.MeanRequests, result.MeanLag, shapes[i], 16, colors[i]);
            mean.MarkerLineColor = Colors.Black;
            mean.MarkerLineWidth = 1.5f;
            mean.LegendText = string.Create(CultureInfo.InvariantCulture,
                $"{result.Name}: mean {result.MeanRequests:F1} requests, lag {result.MeanLag:F2} s (p95 {result.P95Lag:F2} s)");
        }

        plot.Add.HorizontalLine(1.0, 1, Colors.Gray, LinePattern.Dashed).LegendText = "target: mean lag ≤ 1.0 s";
        plot.Add.VerticalLine(0.6 * results[1].MeanRequests, 1, Colors.Gray, LinePattern.Dotted).LegendText = "target: ≤ 60% of fixed 1 s's requests";
        plot.Title(string.Create(CultureInfo.InvariantCulture, $"Polling {count} tasks of 1–20 s: detection lag vs status requests (big marker = mean)"));
        plot.XLabel("status requests per task");
        plot.YLabel("detection lag (s)");
        // Head room above the cloud for the legend.
        plot.Axes.SetLimitsY(0, Math.Ceiling(results.Max(r => r.MaxLag) * 1.4 * 10) / 10);
        plot.ShowLegend(Alignment.UpperRight);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        plot.SavePng(path, 1000, 620);

        Console.WriteLine($"wrote {path}");
        Result.Print("plot", ("path", path.Replace(' ', '_')), ("tasks", count.ToString(CultureInfo.InvariantCulture)));
        return 0;
    }
}
