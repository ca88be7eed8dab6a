using System.Reflection;
using Microsoft.Extensions.Logging;
using Progeny.Sdk.Internal.Json;
using Refit;

namespace Progeny.Sdk.Internal;

/// <summary>The transport every client shares: no redirects, pooled connections, no client-wide timeout.</summary>
internal static class ProgenyHttp
{
    /// <summary>The name of the API's <see cref="HttpClient"/> in <c>IHttpClientFactory</c>: the one users may add handlers to.</summary>
    public const string HttpClientName = "Progeny.Sdk";

    /// <summary>
    /// The name of the portrait downloads' <see cref="HttpClient"/> in <c>IHttpClientFactory</c>: without the factory's
    /// loggers, which would write the portrait's address at Information.
    /// </summary>
    public const string PortraitClientName = "Progeny.Sdk.Portraits";

    /// <summary>The name of <see cref="Upload"/>, for Refit's request properties.</summary>
    public const string UploadKey = "Progeny.Sdk.Upload";

    /// <summary>The name of <see cref="WithoutToken"/>, for Refit's request properties.</summary>
    public const string WithoutTokenKey = "Progeny.Sdk.WithoutToken";

    /// <summary>A request option that keeps the access token off a request (the token endpoints; portraits, unless configured otherwise).</summary>
    public static readonly HttpRequestOptionsKey<bool> WithoutToken = new(WithoutTokenKey);

    /// <summary>A request option that sets the largest answer body accepted, in bytes, instead of the default 1 MiB.</summary>
    public static readonly HttpRequestOptionsKey<long> MaxResponseBytes = new("Progeny.Sdk.MaxResponseBytes");

    /// <summary>A request option that marks a paid upload, with its <see cref="UploadGuard"/>.</summary>
    public static readonly HttpRequestOptionsKey<UploadGuard> Upload = new(UploadKey);

    public static RefitSettings RefitSettings { get; } = CreateRefitSettings();

    /// <summary>
    /// The User-Agent of every request, e.g. <c>Progeny.Sdk/1.0.0 (.NET 10.0.0)</c>: the SDK's informational version (build
    /// metadata removed), then the runtime's.
    /// </summary>
    private static string UserAgent { get; } =
        $"{HttpClientName}/{typeof(ProgenyHttp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0"} (.NET {Environment.Version})";

    public static SocketsHttpHandler CreatePrimaryHandler() => new()
    {
        AllowAutoRedirect = false,
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(15),
    };

    /// <summary>
    /// The transport of portrait downloads: as <see cref="CreatePrimaryHandler"/>, without the HTTP span (it would record the
    /// portrait's address) and without trace headers (they are no business of a media host).
    /// </summary>
    public static SocketsHttpHandler CreatePortraitHandler()
    {
        var handler = CreatePrimaryHandler();
        handler.ActivityHeadersPropagator = null;
        return handler;
    }

    /// <summary>
    /// Points the client at the API. Per-request timeouts are the SDK's own (uploads and polls differ), so
    /// <see cref="HttpClient.Timeout"/> is infinite and never cuts an upload short.
    /// </summary>
    public static void Configure(HttpClient client, ProgenyClientOptions options)
    {
        var address = options.BaseAddress.AbsoluteUri;
        client.BaseAddress = new Uri(address.EndsWith('/') ? address[..^1] : address);
        ConfigurePortraits(client);
        client.DefaultRequestHeaders.TryAddWithoutValidation("Accept", "application/json");
    }

    /// <summary>
    /// Sets what the portrait client shares with the API's: the SDK's own timeouts and its User-Agent. Default headers are
    /// added as raw strings: <see cref="HttpClient"/> shares a raw value with each request, where it clones parsed values
    /// per request (about 300 B each).
    /// </summary>
    public static void ConfigurePortraits(HttpClient client)
    {
        client.Timeout = Timeout.InfiniteTimeSpan;
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", UserAgent);
    }

    /// <summary>The SDK's handlers of the API's client, outermost first: tokens, then the answer size limit.</summary>
    public static IEnumerable<DelegatingHandler> ApiHandlers(ProgenyTokenManager tokens, ILogger logger) =>
        [new ProgenyAuthenticationHandler(tokens, logger), new ResponseSizeLimitHandler()];

    /// <summary>The handler that goes last, next to the transport, after any handler of the application.</summary>
    public static DelegatingHandler InnermostHandler() => new UploadGuardHandler();

    /// <summary>Chains <paramref name="handlers"/> (outermost first) in front of <paramref name="transport"/>.</summary>
    public static HttpMessageHandler Chain(IEnumerable<DelegatingHandler> handlers, HttpMessageHandler transport) =>
        handlers.Reverse().Aggregate(transport, static (inner, handler) =>
        {
            handler.InnerHandler = inner;
            return handler;
        });

    public static IProgenyApi CreateApi(HttpClient client) => RestService.ForGenerated<IProgenyApi>(client, ProgenyJsonContext.Default, RefitSettings);

    public static IProgenyTokenApi CreateTokenApi(HttpClient client) => RestService.ForGenerated<IProgenyTokenApi>(client, ProgenyJsonContext.Default, RefitSettings);

    private static RefitSettings CreateRefitSettings()
    {
        var settings = RefitSettings.ForJsonContext(ProgenyJsonContext.Default);
        // An error body is read whole, within the 1 MiB answer cap: a 400 naming many fields keeps all its field errors.
        settings.MaxExceptionContentLength = (int)ResponseSizeLimitHandler.MaxResponseBytes;
        return settings;
    }
}
