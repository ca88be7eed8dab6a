using System.CommandLine;
using Progeny.Sdk;

namespace Progeny.Cli;

/// <summary>
/// The command of one service, e.g. <c>progeny liveness &lt;selfie&gt;</c>: its own arguments (from its
/// <see cref="ServiceDescription{TRequest, TResult}"/>), the shared options, then upload, wait and print.
/// </summary>
/// <typeparam name="TRequest">The service's request.</typeparam>
/// <typeparam name="TResult">The service's result.</typeparam>
internal sealed class ServiceCommand<TRequest, TResult> : Command
    where TRequest : class
    where TResult : ProgenyResult
{
    private readonly Option<bool> _extendData = new("--extend-data")
    {
        Description = "Ask for the provider's own response too (shown with --json as providerData).",
    };

    private readonly Option<string?> _journal = new("--journal")
    {
        Description = "Run through a journal file (created if missing): a rerun of the same command skips what finished, waits for what was uploaded, "
            + "uploads what was never sent, and lists (never resends) uploads whose outcome is unknown. See 'progeny journal'.",
        HelpName = "file",
    };

    private readonly Option<bool> _resendUnknown = new("--resend-unknown")
    {
        Description = "With --journal: upload again the inputs whose outcome is unknown. Each may then be paid twice: check with Progeny first that no task was created.",
    };

    private readonly Option<int> _concurrency = ConcurrencyOption.Create();
    private readonly ServiceDescription<TRequest, TResult> _service;
    private readonly SharedOptions _shared;
    private readonly CliConsole _console;

    /// <summary>Initializes a new instance of the <see cref="ServiceCommand{TRequest, TResult}"/> class.</summary>
    /// <param name="service">The service.</param>
    /// <param name="shared">The options every command takes.</param>
    /// <param name="console">Where the command writes.</param>
    public ServiceCommand(ServiceDescription<TRequest, TResult> service, SharedOptions shared, CliConsole console)
        : base(service.CommandName, service.Summary)
    {
        ArgumentNullException.ThrowIfNull(shared);
        _service = service;
        _shared = shared;
        _console = console;
        service.AddArguments(this);
        if (service.TakesExtendData)
        {
            Add(_extendData);
        }

        if (service.TakesManyInputs)
        {
            Add(_concurrency);
        }

        Add(_journal);
        Add(_resendUnknown);
        shared.AddTo(this);
        Validators.Add(result =>
        {
            if (result.GetValue(_journal) is { } journal && string.IsNullOrWhiteSpace(journal))
            {
                result.AddError("--journal: the file name is empty.");
            }
            else if (result.GetValue(_resendUnknown) && result.GetValue(_journal) is null)
            {
                result.AddError("--resend-unknown: give the journal whose unknown outcomes to resend, with --journal FILE.");
            }
        });
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        var inputs = _service.ReadInputs(parseResult, _service.TakesExtendData && parseResult.GetValue(_extendData), problems);
        if (problems.Count > 0 || inputs.Count == 0)
        {
            problems.ForEach(_console.WriteNotice);
            _console.WriteNotice("nothing was uploaded.");
            return ExitCodes.InputError;
        }

        var settings = _shared.ReadSettings(parseResult, _console, _service.TakesManyInputs ? parseResult.GetValue(_concurrency) : 1) with
        {
            Journal = parseResult.GetValue(_journal) is { } journal ? new JournalSettings(journal, parseResult.GetValue(_resendUnknown)) : null,
        };
        return await TaskRun.RunAsync(_service, inputs, settings, _console, cancellationToken).ConfigureAwait(false);
    }
}
