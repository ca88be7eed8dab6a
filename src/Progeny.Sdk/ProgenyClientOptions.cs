namespace Progeny.Sdk;

/// <summary>
/// Settings of a <see cref="ProgenyClient"/>, bound from the configuration section <c>"Progeny"</c> by convention.
/// </summary>
/// <remarks>The options are validated before the first request: see <see cref="ProgenyClient"/>.</remarks>
public sealed class ProgenyClientOptions
{
    /// <summary>The default API address, Progeny's production API v3.</summary>
    public static readonly Uri DefaultBaseAddress = new("https://be.progeny.tech/api/v3/");

    /// <summary>Gets or sets the base address of the Progeny API v3.</summary>
    /// <value>Defaults to <c>https://be.progeny.tech/api/v3/</c>. Must be <c>https</c>, except for a loopback host.</value>
    public Uri BaseAddress { get; set; } = DefaultBaseAddress;

    /// <summary>Gets or sets the user name issued by Progeny.</summary>
    /// <value>Required.</value>
    public string? Username { get; set; }

    /// <summary>Gets or sets the password issued by Progeny.</summary>
    /// <value>Required. Never logged.</value>
    public string? Password { get; set; }

    /// <summary>Gets or sets how long the client waits for one task to finish, polling included.</summary>
    /// <value>Defaults to 2 minutes. When it is spent, <see cref="ProgenyTaskTimeoutException"/> carries the task id to resume with.</value>
    public TimeSpan PollingTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>The largest value of <see cref="MaxImageBytes"/>: 100 MiB.</summary>
    public const long MaxImageBytesLimit = 100 * 1024 * 1024;

    /// <summary>Gets or sets the largest image the client uploads, in bytes (a forward-only stream is held in memory up to it).</summary>
    /// <value>Defaults to 10 MiB; at most <see cref="MaxImageBytesLimit"/>.</value>
    public long MaxImageBytes { get; set; } = 10 * 1024 * 1024;

    /// <summary>Gets or sets the timeout of one status or token request.</summary>
    /// <value>Defaults to 30 seconds. A status request that times out is retried while <see cref="PollingTimeout"/> lasts.</value>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Gets or sets the timeout of one image upload.</summary>
    /// <value>Defaults to 5 minutes. An upload is never retried once sent: it may have created a paid task.</value>
    public TimeSpan UploadTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets the hosts, besides the API's own address, from which portraits may be downloaded, at their scheme's default port only; they never get the access token.</summary>
    /// <value>Defaults to <c>dev.progeny.tech</c>, the media host the API's samples use. Any other host or port is refused before a request.</value>
    public IList<string> PortraitHosts { get; } = ["dev.progeny.tech"];

    /// <summary>Gets or sets a value indicating whether portrait downloads from the API's own address (scheme, host and port) carry the access token; other hosts never get it.</summary>
    /// <value>Defaults to <see langword="false"/>: the token goes to the API only, unless portraits need it.</value>
    public bool AuthenticatePortraitDownloads { get; set; }
}
