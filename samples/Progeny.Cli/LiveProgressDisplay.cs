using Spectre.Console;

namespace Progeny.Cli;

/// <summary>
/// A live display on an interactive stderr: one row per document with its state (queued, uploading, pending,
/// started, done, failed) and a bar; with many documents, finished rows give way to the ones still in flight.
/// </summary>
internal sealed class LiveProgressDisplay : IDocumentProgress
{
    private const int MaxRowsBeforeHidingFinished = 10;
    private readonly ProgressTask[] _rows;
    private readonly string[] _names;
    private readonly ProgressTask? _total;
    private int _finished;

    private LiveProgressDisplay(ProgressContext context, IReadOnlyList<DocumentRequest> requests)
    {
        var width = Math.Min(40, requests.Max(request => request.DisplayName.Length));
        _names = requests.Select(request => Markup.Escape(Shorten(request.DisplayName, width).PadRight(width))).ToArray();
        _total = requests.Count > 1 ? context.AddTask(TotalDescription(0, requests.Count), maxValue: requests.Count) : null;
        _rows = _names.Select(name => context.AddTask(Describe(name, DocumentStage.Queued, null), maxValue: 100)).ToArray();
    }

    /// <summary>Runs <paramref name="work"/> while the display is shown on <paramref name="console"/>.</summary>
    /// <typeparam name="T">What the work returns.</typeparam>
    /// <param name="console">The interactive stderr console.</param>
    /// <param name="requests">The documents of the run.</param>
    /// <param name="work">The run, given the display to report to.</param>
    /// <returns>What <paramref name="work"/> returned.</returns>
    public static Task<T> RunAsync<T>(IAnsiConsole console, IReadOnlyList<DocumentRequest> requests, Func<IDocumentProgress, Task<T>> work) =>
        console.Progress()
            .AutoClear(false)
            .HideCompleted(requests.Count > MaxRowsBeforeHidingFinished)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new SpinnerColumn())
            .StartAsync(context => work(new LiveProgressDisplay(context, requests)));

    /// <inheritdoc/>
    public void Report(int index, DocumentStage stage, string? taskId = null, string? taskStatus = null)
    {
        var row = _rows[index];
        row.Description = Describe(_names[index], stage, taskStatus);
        row.Value = stage switch
        {
            DocumentStage.Queued => 0,
            DocumentStage.Uploading => 15,
            DocumentStage.Waiting when string.Equals(taskStatus, "STARTED", StringComparison.OrdinalIgnoreCase) => 75,
            DocumentStage.Waiting when taskStatus is not null => 50,
            DocumentStage.Waiting => 40,
            DocumentStage.Done => 100,
            _ => row.Value, // a failed row keeps the bar where it stopped
        };
        if (stage is DocumentStage.Done or DocumentStage.Failed)
        {
            row.StopTask();
            if (_total is not null)
            {
                var finished = Interlocked.Increment(ref _finished);
                _total.Value = finished;
                _total.Description = TotalDescription(finished, _rows.Length);
            }
        }
    }

    private static string Describe(string name, DocumentStage stage, string? taskStatus) => stage switch
    {
        DocumentStage.Queued => $"{name}  [grey]queued[/]",
        DocumentStage.Uploading => $"{name}  [yellow]uploading[/]",
        DocumentStage.Waiting => $"{name}  [blue]{Markup.Escape(taskStatus?.ToLowerInvariant() ?? "waiting")}[/]",
        DocumentStage.Done => $"{name}  [green]done[/]",
        _ => $"{name}  [red]failed[/]",
    };

    private static string TotalDescription(int finished, int total) => $"[bold]{finished} of {total} finished[/]";

    private static string Shorten(string text, int width) => text.Length <= width ? text : "…" + text[^(width - 1)..];
}
