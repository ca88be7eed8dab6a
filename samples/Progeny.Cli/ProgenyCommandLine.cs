using System.CommandLine;
using System.CommandLine.Invocation;

namespace Progeny.Cli;

/// <summary>The <c>progeny</c> command line: its commands and its entry point.</summary>
internal static class ProgenyCommandLine
{
    /// <summary>Runs <c>progeny</c> with the given arguments.</summary>
    /// <param name="args">The arguments, without the program's name.</param>
    /// <param name="console">Where to write and which environment to read.</param>
    /// <param name="cancellationToken">Stops the run, like Ctrl+C.</param>
    /// <returns>The exit code: see <see cref="ExitCodes"/>.</returns>
    public static async Task<int> InvokeAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(console);
        var parseResult = CreateRootCommand(console).Parse(args);
        if (parseResult.Action is ParseErrorAction)
        {
            // One line per error, the last one saying where the usage is.
            var command = parseResult.CommandResult.Command;
            var help = command is RootCommand ? "(see 'progeny --help')" : $"(see 'progeny {command.Name} --help')";
            var errors = parseResult.Errors.Select(error => error.Message).Distinct(StringComparer.Ordinal).ToList();
            for (var index = 0; index < errors.Count; index++)
            {
                console.WriteNotice(index == errors.Count - 1 ? $"{errors[index]} {help}" : errors[index]);
            }

            return ExitCodes.InputError;
        }

        // Ctrl+C arrives through cancellationToken (see Program.cs), so that the run can end on its own terms.
        var configuration = new InvocationConfiguration
        {
            Output = console.Output,
            Error = console.Error,
            ProcessTerminationTimeout = null,
            EnableDefaultExceptionHandler = false,
        };
        try
        {
            return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            // A bug, not an input's failure (those are explained one by one): one line, never a stack trace.
            console.WriteNotice($"unexpected error: {exception.GetType().Name}: {exception.Message}");
            return ExitCodes.ApiFailure;
        }
    }

    /// <summary>Builds the root command.</summary>
    /// <param name="console">Where the commands write.</param>
    /// <returns>The root command, <c>progeny</c>.</returns>
    public static RootCommand CreateRootCommand(CliConsole console)
    {
        var shared = new SharedOptions();
        var services = ServiceCatalog.Create();
        var root = new RootCommand(
            "Verify identities with the Progeny identity-verification API v3: read passports and ID cards, check selfies, "
            + "register and authenticate faces, screen names. With no credentials set, a built-in fake Progeny server answers "
            + "(with sample results), so it works out of the box.");
        foreach (var service in services)
        {
            root.Add(service.CreateCommand(shared, console));
        }

        root.Add(new WaitCommand(services, shared, console));
        root.Add(new JournalCommand(console));
        HelpWithExitCodesAction.InstallOn(root);
        return root;
    }
}
