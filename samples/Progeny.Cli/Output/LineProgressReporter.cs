namespace Progeny.Cli;

/// <summary>
/// Progress for a stderr that is not a terminal (a log, a pipe, a test): with <c>--verbose</c>, one line per change
/// of state; otherwise silent, as failures are listed when the run ends.
/// </summary>
internal sealed class LineProgressReporter : ITaskProgress
{
    private readonly CliConsole _console;
    private readonly IReadOnlyList<string> _names;
    private readonly bool _verbose;

    /// <summary>Initializes a new instance of the <see cref="LineProgressReporter"/> class.</summary>
    /// <param name="console">Where to write.</param>
    /// <param name="names">The inputs of the run, as the person knows them.</param>
    /// <param name="verbose">Whether to write anything.</param>
    public LineProgressReporter(CliConsole console, IReadOnlyList<string> names, bool verbose)
    {
        _console = console;
        _names = names;
        _verbose = verbose;
    }

    /// <inheritdoc/>
    public void Report(int index, TaskStage stage, string? taskId = null, string? taskStatus = null)
    {
        if (!_verbose)
        {
            return;
        }

        var state = stage == TaskStage.Waiting && taskStatus is not null ? taskStatus.ToLowerInvariant() : stage.ToString().ToLowerInvariant();
        var task = taskId is null ? string.Empty : $" (task {taskId})";
        _console.WriteNotice($"{_names[index]}: {state}{task}");
    }
}
