namespace Progeny.Cli;

/// <summary>
/// Where <c>progeny</c> connects: Progeny itself with the given credentials, or, when no credentials are set at all,
/// the built-in fake server (the embedded default); and whether the client prepares images before upload.
/// </summary>
/// <param name="Username">The user name, from <c>--username</c> or <c>PROGENY_USERNAME</c>.</param>
/// <param name="Password">The password, from <c>--password</c> or <c>PROGENY_PASSWORD</c>.</param>
/// <param name="BaseAddress">The API address, from <c>--base-address</c> or <c>PROGENY_BASE_ADDRESS</c>; <see langword="null"/> for the default.</param>
/// <param name="PrepareImages">Whether images are turned upright, shrunk and stripped of metadata before upload (not with <c>--no-prepare</c>).</param>
/// <param name="Problem">Why the settings cannot be used, for the person to fix; <see langword="null"/> when they can.</param>
internal sealed record ConnectionSettings(string? Username, string? Password, Uri? BaseAddress, bool PrepareImages, string? Problem)
{
    /// <summary>The environment variable holding the user name.</summary>
    public const string UsernameVariable = "PROGENY_USERNAME";

    /// <summary>The environment variable holding the password.</summary>
    public const string PasswordVariable = "PROGENY_PASSWORD";

    /// <summary>The environment variable holding the API address.</summary>
    public const string BaseAddressVariable = "PROGENY_BASE_ADDRESS";

    /// <summary>Gets a value indicating whether no credentials are set, so the built-in fake server is used.</summary>
    public bool UsesEmbeddedServer => Username is null && Password is null;

    /// <summary>Combines the command-line options (which win) with the environment variables.</summary>
    /// <param name="username">The <c>--username</c> value, if given.</param>
    /// <param name="password">The <c>--password</c> value, if given.</param>
    /// <param name="baseAddress">The <c>--base-address</c> value, if given.</param>
    /// <param name="prepareImages">Whether to prepare images before upload.</param>
    /// <param name="console">The environment to read variables from.</param>
    /// <returns>The settings, with <see cref="Problem"/> set when they cannot work.</returns>
    public static ConnectionSettings Resolve(string? username, string? password, Uri? baseAddress, bool prepareImages, CliConsole console)
    {
        username = Blank(username) ?? console.GetEnvironmentVariable(UsernameVariable);
        password = Blank(password) ?? console.GetEnvironmentVariable(PasswordVariable);
        string? problem = null;
        if (baseAddress is null && console.GetEnvironmentVariable(BaseAddressVariable) is { } addressText)
        {
            if (Uri.TryCreate(addressText, UriKind.Absolute, out var address) && (address.Scheme == Uri.UriSchemeHttps || address.Scheme == Uri.UriSchemeHttp))
            {
                baseAddress = address;
            }
            else
            {
                problem = $"{BaseAddressVariable} ('{addressText}') is not an http(s) address such as https://be.progeny.tech/api/v3/.";
            }
        }

        problem ??= (username, password, baseAddress) switch
        {
            ({ }, null, _) => $"a user name is set but no password: set {PasswordVariable} (or --password) too.",
            (null, { }, _) => $"a password is set but no user name: set {UsernameVariable} (or --username) too.",
            (null, null, { }) => $"an API address is set but no credentials: set {UsernameVariable} and {PasswordVariable} too, or unset {BaseAddressVariable} to use the built-in fake server.",
            _ => null,
        };

        return new ConnectionSettings(username, password, baseAddress, prepareImages, problem);
    }

    /// <inheritdoc/>
    public override string ToString() => $"ConnectionSettings {{ Username = {Username}, Password = {(Password is null ? "unset" : "***")}, BaseAddress = {BaseAddress}, PrepareImages = {PrepareImages} }}";

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
