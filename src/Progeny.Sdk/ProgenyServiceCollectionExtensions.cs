using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Progeny.Sdk.Internal;

namespace Progeny.Sdk;

/// <summary>Registers <see cref="IProgenyClient"/>, and each of its services as an <see cref="IProgenyService{TRequest, TResult}"/>, with dependency injection.</summary>
public static class ProgenyServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IProgenyClient"/> (a singleton) configured by code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; they are validated when a host starts, or else when the client is first resolved.</param>
    /// <returns>The builder of the client's <see cref="HttpClient"/>, to add handlers or logging.</returns>
    public static IHttpClientBuilder AddProgenyClient(this IServiceCollection services, Action<ProgenyClientOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<ProgenyClientOptions>().Configure(configure);
        return AddProgenyClientCore(services);
    }

    /// <summary>Registers <see cref="IProgenyClient"/> (a singleton) bound to a configuration section.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section itself, e.g. <c>builder.Configuration.GetSection("Progeny")</c>; a configured <c>PortraitHosts</c> list replaces the default one.</param>
    /// <returns>The builder of the client's <see cref="HttpClient"/>, to add handlers or logging.</returns>
    public static IHttpClientBuilder AddProgenyClient(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ProgenyClientOptions>()
            .Configure(options => ReplaceDefaults(options.PortraitHosts, configuration.GetSection(nameof(ProgenyClientOptions.PortraitHosts))))
            .Bind(configuration);
        return AddProgenyClientCore(services);
    }

    private static IHttpClientBuilder AddProgenyClientCore(IServiceCollection services)
    {
        // A host checks the options when it starts: missing credentials stop the application, not its first upload.
        services.AddOptions<ProgenyClientOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ProgenyClientOptions>, ProgenyClientOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHttpMessageHandlerBuilderFilter, UploadGuardFilter>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(provider => new ProgenyTokenManager(
            () => ProgenyHttp.CreateTokenApi(provider.GetRequiredService<IHttpClientFactory>().CreateClient(ProgenyHttp.HttpClientName)),
            Options(provider),
            provider.GetRequiredService<TimeProvider>(),
            Logger(provider)));
        services.TryAddSingleton(provider => new ProgenyClient(ProgenyConnection.Over(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(ProgenyHttp.HttpClientName),
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(ProgenyHttp.PortraitClientName),
            Options(provider),
            provider.GetRequiredService<TimeProvider>(),
            Logger(provider),
            provider.GetService<IProgenyImagePreparer>())));
        services.TryAddSingleton<IProgenyClient>(provider => provider.GetRequiredService<ProgenyClient>());

        // Each service on its own, for code that needs only one (e.g. a handler that only screens names).
        services.TryAddSingleton(provider => provider.GetRequiredService<IProgenyClient>().OcrPassport);
        services.TryAddSingleton(provider => provider.GetRequiredService<IProgenyClient>().OcrCard);
        services.TryAddSingleton(provider => provider.GetRequiredService<IProgenyClient>().KycPassport);
        services.TryAddSingleton(provider => provider.GetRequiredService<IProgenyClient>().KycCard);
        services.TryAddSingleton(provider => provider.GetRequiredService<IProgenyClient>().FaceLiveness);
        services.TryAddSingleton(provider => provider.GetRequiredService<IProgenyClient>().RegisterFace);
        services.TryAddSingleton(provider => provider.GetRequiredService<IProgenyClient>().AuthenticateFace);
        services.TryAddSingleton(provider => provider.GetRequiredService<IProgenyClient>().BackgroundCheck);

        // Portraits on a client of their own: the factory's loggers write request addresses, and a portrait's is the holder's.
        services.AddHttpClient(ProgenyHttp.PortraitClientName)
            .ConfigureHttpClient(ProgenyHttp.ConfigurePortraits)
            .ConfigurePrimaryHttpMessageHandler(ProgenyHttp.CreatePortraitHandler)
            .ConfigureAdditionalHttpMessageHandlers(AddApiHandlers)
            .RemoveAllLoggers();

        return services.AddHttpClient(ProgenyHttp.HttpClientName)
            .ConfigureHttpClient((provider, client) => ProgenyHttp.Configure(client, Options(provider)))
            .ConfigurePrimaryHttpMessageHandler(ProgenyHttp.CreatePrimaryHandler)
            .ConfigureAdditionalHttpMessageHandlers(AddApiHandlers)
            .RedactLoggedHeaders(static _ => true);
    }

    private static void AddApiHandlers(IList<DelegatingHandler> handlers, IServiceProvider provider)
    {
        foreach (var handler in ProgenyHttp.ApiHandlers(provider.GetRequiredService<ProgenyTokenManager>(), Logger(provider)))
        {
            handlers.Add(handler);
        }
    }

    // The binder appends a section's items to a list that has defaults; a configured list replaces them instead.
    private static void ReplaceDefaults(ICollection<string> defaults, IConfigurationSection configured)
    {
        if (configured.Exists())
        {
            defaults.Clear();
        }
    }

    private static ProgenyClientOptions Options(IServiceProvider provider) =>
        provider.GetRequiredService<IOptions<ProgenyClientOptions>>().Value;

    private static ILogger Logger(IServiceProvider provider) =>
        (provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance).CreateLogger<ProgenyClient>();
}
