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
            foreach (var error in parseResult.Errors)
            {
                console.WriteNotice(error.Message);
            }

            console.WriteNotice("run 'progeny --help' for usage.");
            return ExitCodes.InputError;
        }

        // Ctrl+C arrives through cancellationToken (see Program.cs), so that the run can end on its own terms.
        var configuration = new InvocationConfiguration { Output = console.Output, Error = console.Error, ProcessTerminationTimeout = null };
        return await parseResult.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
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
        HelpWithExitCodesAction.InstallOn(root);
        return root;
    }
}
