using System.CommandLine;

namespace Progeny.Cli;

/// <summary><c>progeny wait &lt;task-id&gt;</c>: resumes waiting for a task submitted earlier, e.g. after a timeout.</summary>
internal sealed class WaitCommand : Command
{
    private readonly Argument<string> _taskId = new("task-id")
    {
        Description = "The id of a task that an earlier `progeny passport` created (it prints it on a timeout).",
    };

    private readonly SharedOptions _shared;
    private readonly CliConsole _console;

    /// <summary>Initializes a new instance of the <see cref="WaitCommand"/> class.</summary>
    /// <param name="shared">The options every command takes.</param>
    /// <param name="console">Where the command writes.</param>
    public WaitCommand(SharedOptions shared, CliConsole console)
        : base("wait", "Wait for a task submitted earlier and print its document. Uploads nothing.")
    {
        ArgumentNullException.ThrowIfNull(shared);
        _shared = shared;
        _console = console;
        Add(_taskId);
        shared.AddTo(this);
        _taskId.Validators.Add(result =>
        {
            if (string.IsNullOrWhiteSpace(result.GetValueOrDefault<string>()))
            {
                result.AddError("The task id is empty.");
            }
        });
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var settings = new ReadSettings(
            _shared.ReadConnection(parseResult, _console),
            parseResult.GetValue(_shared.Timeout),
            parseResult.GetValue(_shared.Json),
            parseResult.GetValue(_shared.Verbose),
            ExtendData: false,
            Concurrency: 1);
        var request = DocumentRequest.ForTask(parseResult.GetRequiredValue(_taskId).Trim());
        return await DocumentReading.RunAsync([request], settings, _console, cancellationToken).ConfigureAwait(false);
    }
}
