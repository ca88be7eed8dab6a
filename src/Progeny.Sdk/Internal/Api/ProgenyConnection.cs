using Microsoft.Extensions.Logging;

namespace Progeny.Sdk.Internal;

/// <summary>
/// What one client's pieces share: the API (through its one HTTP client and handler chain, the token endpoints
/// included), the validated options, the clock,
/// the logger and the image preparer. Built the same way with and without dependency injection; only where the HTTP
/// clients come from differs.
/// </summary>
internal sealed class ProgenyConnection : IDisposable
{
    private readonly IDisposable? _owned;
    private readonly CancellationTokenSource _lifetime = new();
    private volatile bool _disposed;

    private ProgenyConnection(HttpClient httpClient, HttpClient portraitClient, ProgenyClientOptions options, TimeProvider timeProvider, ILogger logger, IProgenyImagePreparer? imagePreparer, IDisposable? owned)
    {
        HttpClient = httpClient;
        PortraitClient = portraitClient;
        Api = ProgenyHttp.CreateApi(httpClient);
        Options = options;
        TimeProvider = timeProvider;
        Logger = logger;
        ImagePreparer = imagePreparer;
        _owned = owned;
    }

    public HttpClient HttpClient { get; }

    public IProgenyApi Api { get; }

    /// <summary>The client of portrait downloads: the API's handlers, with neither logging nor an HTTP span of the address.</summary>
    public HttpClient PortraitClient { get; }

    public ProgenyClientOptions Options { get; }

    public TimeProvider TimeProvider { get; }

    public ILogger Logger { get; }

    public IProgenyImagePreparer? ImagePreparer { get; }

    /// <summary>Canceled when the client is disposed: it ends the waits in progress.</summary>
    public CancellationToken Disposed => _lifetime.Token;

    /// <summary>A connection that owns its HTTP client and handler chain.</summary>
    public static ProgenyConnection Create(ProgenyClientOptions options, TimeProvider timeProvider, ILogger logger, IProgenyImagePreparer? imagePreparer)
    {
        var validated = ProgenyClientOptionsValidator.ValidatedCopy(options);
        HttpClient? httpClient = null;
        var tokens = new ProgenyTokenManager(() => ProgenyHttp.CreateTokenApi(httpClient!), validated, timeProvider, logger);
        httpClient = new HttpClient(ProgenyHttp.Chain([.. ProgenyHttp.ApiHandlers(tokens, logger), ProgenyHttp.InnermostHandler()], ProgenyHttp.CreatePrimaryHandler()));
        ProgenyHttp.Configure(httpClient, validated);
        var portraitClient = new HttpClient(ProgenyHttp.Chain(ProgenyHttp.ApiHandlers(tokens, logger), ProgenyHttp.CreatePortraitHandler()));
        ProgenyHttp.ConfigurePortraits(portraitClient);
        return new ProgenyConnection(httpClient, portraitClient, validated, timeProvider, logger, imagePreparer, new Owned(httpClient, portraitClient));
    }

    /// <summary>A connection over HTTP clients whose handler chains dependency injection built (and owns).</summary>
    public static ProgenyConnection Over(HttpClient httpClient, HttpClient portraitClient, ProgenyClientOptions options, TimeProvider timeProvider, ILogger logger, IProgenyImagePreparer? imagePreparer) =>
        new(httpClient, portraitClient, ProgenyClientOptionsValidator.ValidatedCopy(options), timeProvider, logger, imagePreparer, owned: null);

    public void ThrowIfDisposed() => ObjectDisposedException.ThrowIf(_disposed, typeof(ProgenyClient));

    public void Dispose()
    {
        _disposed = true;
        _lifetime.Cancel();
        _owned?.Dispose();
    }

    /// <summary>The two HTTP clients a connection built itself.</summary>
    private sealed class Owned(HttpClient api, HttpClient portraits) : IDisposable
    {
        public void Dispose()
        {
            api.Dispose();
            portraits.Dispose();
        }
    }
}
