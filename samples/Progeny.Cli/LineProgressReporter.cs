namespace Progeny.Cli;

/// <summary>
/// Progress for a stderr that is not a terminal (a log, a pipe, a test): with <c>--verbose</c>, one line per change
/// of state; otherwise silent, as failures are listed when the run ends.
/// </summary>
internal sealed class LineProgressReporter : IDocumentProgress
{
    private readonly CliConsole _console;
    private readonly IReadOnlyList<DocumentRequest> _requests;
    private readonly bool _verbose;

    /// <summary>Initializes a new instance of the <see cref="LineProgressReporter"/> class.</summary>
    /// <param name="console">Where to write.</param>
    /// <param name="requests">The documents of the run.</param>
    /// <param name="verbose">Whether to write anything.</param>
    public LineProgressReporter(CliConsole console, IReadOnlyList<DocumentRequest> requests, bool verbose)
    {
        _console = console;
        _requests = requests;
        _verbose = verbose;
    }

    /// <inheritdoc/>
    public void Report(int index, DocumentStage stage, string? taskId = null, string? taskStatus = null)
    {
        if (!_verbose)
        {
            return;
        }

        var state = stage == DocumentStage.Waiting && taskStatus is not null ? taskStatus.ToLowerInvariant() : stage.ToString().ToLowerInvariant();
        var task = taskId is null ? string.Empty : $" (task {taskId})";
        _console.WriteNotice($"{_requests[index].DisplayName}: {state}{task}");
    }
}
