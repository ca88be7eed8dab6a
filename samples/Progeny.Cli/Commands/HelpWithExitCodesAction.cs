using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Progeny.Cli;

/// <summary>The standard help, followed by the environment variables and exit codes of <c>progeny</c>.</summary>
internal sealed class HelpWithExitCodesAction : SynchronousCommandLineAction
{
    private readonly HelpAction _standardHelp;

    /// <summary>Initializes a new instance of the <see cref="HelpWithExitCodesAction"/> class.</summary>
    /// <param name="standardHelp">System.CommandLine's own help, written first.</param>
    public HelpWithExitCodesAction(HelpAction standardHelp) => _standardHelp = standardHelp;

    /// <inheritdoc/>
    public override bool ClearsParseErrors => true;

    /// <summary>Replaces the help of <paramref name="root"/> (and so of its subcommands) with this one.</summary>
    /// <param name="root">The root command.</param>
    public static void InstallOn(RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(root);
        foreach (var option in root.Options.OfType<HelpOption>())
        {
            if (option.Action is HelpAction standardHelp)
            {
                option.Action = new HelpWithExitCodesAction(standardHelp);
            }
        }
    }

    /// <inheritdoc/>
    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var result = _standardHelp.Invoke(parseResult);
        var output = parseResult.InvocationConfiguration.Output;
        output.WriteLine("Environment variables:");
        output.WriteLine($"  {ConnectionSettings.UsernameVariable}, {ConnectionSettings.PasswordVariable}  Progeny credentials; with neither set, the built-in fake server answers");
        output.WriteLine($"  {ConnectionSettings.BaseAddressVariable,-34}  the API address [default: {Progeny.Sdk.ProgenyClientOptions.DefaultBaseAddress}]");
        output.WriteLine();
        output.WriteLine("Exit codes (when inputs fail in different ways, the largest code applies):");
        foreach (var (code, _, meaning) in ExitCodes.Descriptions)
        {
            output.WriteLine($"  {code,3}  {meaning}");
        }

        output.WriteLine();
        output.WriteLine("Results go to stdout; progress, notices and errors go to stderr.");
        return result;
    }
}
