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

        shared.AddTo(this);
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

        var settings = _shared.ReadSettings(parseResult, _console, _service.TakesManyInputs ? parseResult.GetValue(_concurrency) : 1);
        return await TaskRun.RunAsync(_service, inputs, settings, _console, cancellationToken).ConfigureAwait(false);
    }
}
