using System.CommandLine;
using System.CommandLine.Parsing;
using Microsoft.Extensions.Options;
using Progeny.Sdk;

namespace Progeny.Cli;

/// <summary>The options that every command takes: output format, diagnostics, the wait limit and the connection.</summary>
internal sealed class SharedOptions
{
    /// <summary>Gets <c>--json</c>: one JSON object per input on stdout instead of a table.</summary>
    public Option<bool> Json { get; } = new("--json")
    {
        Description = "Write JSON Lines on stdout instead of tables: one object per input, in order, failures included (kind, exitCode, message, errorCode, taskMayExist).",
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
        Description = $"The Progeny API address. [default: ${ConnectionSettings.BaseAddressVariable}, else {ProgenyClientOptions.DefaultBaseAddress}]",
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

    /// <summary>Reads how to run: the connection (command-line options first, then environment variables), whether to prepare images, output and limits.</summary>
    /// <param name="parseResult">The parsed command line.</param>
    /// <param name="console">The environment to read variables from.</param>
    /// <param name="concurrency">How many inputs to have in flight at once.</param>
    /// <returns>The settings.</returns>
    public RunSettings ReadSettings(ParseResult parseResult, CliConsole console, int concurrency)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var connection = ConnectionSettings.Resolve(
            parseResult.GetValue(Username),
            parseResult.GetValue(Password),
            parseResult.GetValue(BaseAddress),
            prepareImages: !parseResult.GetValue(NoPrepare),
            console);
        return new RunSettings(connection, parseResult.GetValue(Timeout), parseResult.GetValue(Json), parseResult.GetValue(Verbose), concurrency);
    }

    /// <summary>Says, in one line, which setting the SDK's option validation refused, by the option or variable that set it.</summary>
    /// <param name="invalid">The SDK's refusal of the client options.</param>
    /// <param name="settings">What the command line set.</param>
    /// <returns>The message.</returns>
    public static string Explain(OptionsValidationException invalid, RunSettings settings)
    {
        ArgumentNullException.ThrowIfNull(invalid);
        ArgumentNullException.ThrowIfNull(settings);
        return string.Join(" ", invalid.Failures.Select(failure => failure.Contains(nameof(ProgenyClientOptions.PollingTimeout), StringComparison.Ordinal) && settings.Timeout is { } timeout
            ? $"--timeout {DurationParser.Format(timeout)}: refused, as {failure}"
            : failure.Contains(nameof(ProgenyClientOptions.BaseAddress), StringComparison.Ordinal)
                ? $"--base-address or ${ConnectionSettings.BaseAddressVariable}: refused, as {failure}"
                : failure));
    }

    private static TimeSpan? ParseTimeout(ArgumentResult result)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : null;
        // Only the form is read here: the SDK's option validation checks the range, once (see Explain).
        if (!DurationParser.TryParse(text, out var timeout))
        {
            result.AddError($"--timeout: '{text}' is not a duration, such as 90s, 5m or 500ms.");
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
