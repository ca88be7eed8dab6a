using Spectre.Console;

namespace Progeny.Cli;

/// <summary>
/// A live display on an interactive stderr: one row per input with its state (queued, uploading, pending,
/// started, done, failed) and a bar; with many inputs, finished rows give way to the ones still in flight.
/// </summary>
internal sealed class LiveProgressDisplay : ITaskProgress
{
    private const int MaxRowsBeforeHidingFinished = 10;
    private readonly ProgressTask[] _rows;
    private readonly string[] _names;
    private readonly ProgressTask? _total;
    private int _finished;

    private LiveProgressDisplay(ProgressContext context, IReadOnlyList<string> names)
    {
        var width = Math.Min(40, names.Max(name => name.Length));
        _names = names.Select(name => Markup.Escape(Shorten(name, width).PadRight(width))).ToArray();
        _total = names.Count > 1 ? context.AddTask(TotalDescription(0, names.Count), maxValue: names.Count) : null;
        _rows = _names.Select(name => context.AddTask(Describe(name, TaskStage.Queued, null), maxValue: 100)).ToArray();
    }

    /// <summary>Runs <paramref name="work"/> while the display is shown on <paramref name="console"/>.</summary>
    /// <typeparam name="T">What the work returns.</typeparam>
    /// <param name="console">The interactive stderr console.</param>
    /// <param name="names">The inputs of the run, as the person knows them.</param>
    /// <param name="work">The run, given the display to report to.</param>
    /// <returns>What <paramref name="work"/> returned.</returns>
    public static Task<T> RunAsync<T>(IAnsiConsole console, IReadOnlyList<string> names, Func<ITaskProgress, Task<T>> work) =>
        console.Progress()
            .AutoClear(false)
            .HideCompleted(names.Count > MaxRowsBeforeHidingFinished)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new SpinnerColumn())
            .StartAsync(context => work(new LiveProgressDisplay(context, names)));

    /// <inheritdoc/>
    public void Report(int index, TaskStage stage, string? taskId = null, string? taskStatus = null)
    {
        var row = _rows[index];
        row.Description = Describe(_names[index], stage, taskStatus);
        row.Value = stage switch
        {
            TaskStage.Queued => 0,
            TaskStage.Uploading => 15,
            TaskStage.Waiting when string.Equals(taskStatus, "STARTED", StringComparison.OrdinalIgnoreCase) => 75,
            TaskStage.Waiting when taskStatus is not null => 50,
            TaskStage.Waiting => 40,
            TaskStage.Done => 100,
            _ => row.Value, // a failed row keeps the bar where it stopped
        };
        if (stage is TaskStage.Done or TaskStage.Failed)
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

    private static string Describe(string name, TaskStage stage, string? taskStatus) => stage switch
    {
        TaskStage.Queued => $"{name}  [grey]queued[/]",
        TaskStage.Uploading => $"{name}  [yellow]uploading[/]",
        TaskStage.Waiting => $"{name}  [blue]{Markup.Escape(taskStatus?.ToLowerInvariant() ?? "waiting")}[/]",
        TaskStage.Done => $"{name}  [green]done[/]",
        _ => $"{name}  [red]failed[/]",
    };

    private static string TotalDescription(int finished, int total) => $"[bold]{finished} of {total} finished[/]";

    private static string Shorten(string text, int width) => text.Length <= width ? text : "…" + text[^(width - 1)..];
}
