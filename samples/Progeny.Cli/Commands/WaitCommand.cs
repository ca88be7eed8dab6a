using System.CommandLine;
using System.CommandLine.Parsing;

namespace Progeny.Cli;

/// <summary><c>progeny wait &lt;task-id&gt;... [--service &lt;name&gt;]</c>: resumes waiting for tasks submitted earlier, e.g. after a timeout.</summary>
internal sealed class WaitCommand : Command
{
    private readonly Argument<string[]> _taskIds = new("task-id")
    {
        Description = "The ids of tasks created earlier (progeny prints them on a timeout or Ctrl+C).",
        Arity = ArgumentArity.OneOrMore,
    };

    private readonly Option<IServiceDescription> _service;
    private readonly Option<int> _concurrency = ConcurrencyOption.Create();
    private readonly SharedOptions _shared;
    private readonly CliConsole _console;

    /// <summary>Initializes a new instance of the <see cref="WaitCommand"/> class.</summary>
    /// <param name="services">The services whose tasks it can resume.</param>
    /// <param name="shared">The options every command takes.</param>
    /// <param name="console">Where the command writes.</param>
    public WaitCommand(IReadOnlyList<IServiceDescription> services, SharedOptions shared, CliConsole console)
        : base("wait", "Wait for tasks submitted earlier and print their results. Uploads nothing.")
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(shared);
        _shared = shared;
        _console = console;
        var names = string.Join(", ", services.Select(service => service.ApiName));
        _service = new Option<IServiceDescription>("--service", "-s")
        {
            Description = $"The service that created the tasks: {names}, or its command's name. [default: {ServiceCatalog.DefaultWaitService}]",
            HelpName = "name",
            DefaultValueFactory = _ => services.First(service => service.ApiName == ServiceCatalog.DefaultWaitService),
            CustomParser = result => ParseService(result, services, names),
        };
        _service.CompletionSources.Add(services.Select(service => service.ApiName).ToArray());
        Add(_taskIds);
        Add(_service);
        Add(_concurrency);
        shared.AddTo(this);
        _taskIds.Validators.Add(result =>
        {
            foreach (var value in result.Tokens.Select(token => token.Value))
            {
                if (value.StartsWith('-'))
                {
                    result.AddError($"Unrecognized option '{value}'.");
                }
                else if (string.IsNullOrWhiteSpace(value))
                {
                    result.AddError("A task id is empty.");
                }
            }
        });
        SetAction(RunAsync);
    }

    private static IServiceDescription ParseService(ArgumentResult result, IReadOnlyList<IServiceDescription> services, string names)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
        var service = services.FirstOrDefault(service =>
            string.Equals(service.ApiName, text, StringComparison.OrdinalIgnoreCase) || string.Equals(service.CommandName, text, StringComparison.OrdinalIgnoreCase));
        if (service is null)
        {
            result.AddError($"--service: '{text}' is not a service; give one of {names}.");
            return services[0];
        }

        return service;
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        var taskIds = parseResult.GetRequiredValue(_taskIds).Select(taskId => taskId.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var settings = _shared.ReadSettings(parseResult, _console, parseResult.GetValue(_concurrency));
        if (settings.Connection.UsesEmbeddedServer)
        {
            // It would start, wait out the SDK's minute of grace for a task not picked up yet, and still know none.
            _console.WriteNotice($"wait: the built-in fake server keeps tasks only while one command runs, so it has none to wait for: set {ConnectionSettings.UsernameVariable} and {ConnectionSettings.PasswordVariable} to wait for tasks at Progeny.");
            return ExitCodes.InputError;
        }

        return await parseResult.GetRequiredValue(_service).WaitAsync(taskIds, settings, _console, cancellationToken).ConfigureAwait(false);
    }
}
