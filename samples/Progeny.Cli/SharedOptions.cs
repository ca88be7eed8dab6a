using System.CommandLine;
using System.CommandLine.Parsing;

namespace Progeny.Cli;

/// <summary>The options that every command takes: output format, diagnostics, the wait limit and the connection.</summary>
internal sealed class SharedOptions
{
    /// <summary>Gets <c>--json</c>: one JSON object per document on stdout instead of a table.</summary>
    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Write one JSON object per document (one per line) on stdout instead of a table.",
    };

    /// <summary>Gets <c>--verbose</c>: stack traces and the SDK's log on stderr.</summary>
    public Option<bool> Verbose { get; } = new("--verbose", "-v")
    {
        Description = "Show each task's status changes, the SDK's log and stack traces on stderr.",
    };

    /// <summary>Gets <c>--timeout</c>: how long to wait for each task.</summary>
    public Option<TimeSpan?> Timeout { get; } = new("--timeout")
    {
        Description = "How long to wait for each task before giving up, e.g. 90s, 5m, 500ms. [default: 2m]",
        HelpName = "duration",
        CustomParser = ParseTimeout,
    };

    /// <summary>Gets <c>--username</c>, which overrides <c>PROGENY_USERNAME</c>.</summary>
    public Option<string?> Username { get; } = new("--username")
    {
        Description = $"The Progeny user name. [default: ${ConnectionSettings.UsernameVariable}]",
    };

    /// <summary>Gets <c>--password</c>, which overrides <c>PROGENY_PASSWORD</c>.</summary>
    public Option<string?> Password { get; } = new("--password")
    {
        Description = $"The Progeny password; prefer ${ConnectionSettings.PasswordVariable}, which stays out of the shell history.",
    };

    /// <summary>Gets <c>--base-address</c>, which overrides <c>PROGENY_BASE_ADDRESS</c>.</summary>
    public Option<Uri?> BaseAddress { get; } = new("--base-address")
    {
        Description = $"The Progeny API address. [default: ${ConnectionSettings.BaseAddressVariable}, else {Progeny.Sdk.ProgenyClientOptions.DefaultBaseAddress}]",
        HelpName = "url",
        CustomParser = ParseBaseAddress,
    };

    /// <summary>Gets <c>--no-prepare</c>: send images as they are, without turning, shrinking or stripping them.</summary>
    public Option<bool> NoPrepare { get; } = new("--no-prepare")
    {
        Description = "Send images as they are. By default each is turned upright (EXIF orientation), shrunk to at most 1080 px high and stripped of its metadata (GPS, device, timestamps) before upload.",
    };

    /// <summary>Adds the options to a command.</summary>
    /// <param name="command">The command that takes them.</param>
    public void AddTo(Command command)
    {
        command.Add(Json);
        command.Add(Timeout);
        command.Add(Verbose);
        command.Add(Username);
        command.Add(Password);
        command.Add(BaseAddress);
        command.Add(NoPrepare);
    }

    /// <summary>Reads the connection settings: command-line options first, then environment variables; and whether to prepare images.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <param name="console">The environment to read variables from.</param>
    /// <returns>The settings.</returns>
    public ConnectionSettings ReadConnection(ParseResult parseResult, CliConsole console) => ConnectionSettings.Resolve(
        parseResult.GetValue(Username),
        parseResult.GetValue(Password),
        parseResult.GetValue(BaseAddress),
        prepareImages: !parseResult.GetValue(NoPrepare),
        console);

    private static TimeSpan? ParseTimeout(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
        if (!DurationParser.TryParse(text, out var timeout) || timeout <= TimeSpan.Zero || timeout > TimeSpan.FromDays(1))
        {
            result.AddError($"--timeout: '{text}' is not a duration between 1ms and 1 day, such as 90s, 5m or 500ms.");
            return null;
        }

        return timeout;
    }

    private static Uri? ParseBaseAddress(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
        if (!Uri.TryCreate(text, UriKind.Absolute, out var address) || (address.Scheme != Uri.UriSchemeHttps && address.Scheme != Uri.UriSchemeHttp))
        {
            result.AddError($"--base-address: '{text}' is not an http(s) address such as https://be.progeny.tech/api/v3/.");
            return null;
        }

        return address;
    }
}
