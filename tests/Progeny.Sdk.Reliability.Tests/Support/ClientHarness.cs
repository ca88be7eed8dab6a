using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Progeny.Sdk.Testing;

namespace Progeny.Sdk.Reliability.Tests.Support;

/// <summary>
/// A client built the dependency-injection way (as integrators do): optional clock, Trace logging to a capture, an
/// in-flight counter at the transport, and an optional replacement of the primary handler (of the portrait client too).
/// </summary>
internal sealed class ClientHarness : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private ClientHarness(ServiceProvider provider, InFlightCounter inFlight)
    {
        _provider = provider;
        InFlight = inFlight;
        Client = provider.GetRequiredService<IProgenyClient>();
    }

    public IProgenyClient Client { get; }

    public InFlightCounter InFlight { get; }

    public static ClientHarness Create(
        ProgenyFakeServer fake,
        TimeProvider? clock = null,
        Action<ProgenyClientOptions>? configure = null,
        ILoggerProvider? logs = null,
        Func<HttpMessageHandler, HttpMessageHandler>? wrapPrimary = null) =>
        Create(o =>
        {
            fake.Configure(o);
            configure?.Invoke(o);
        }, clock, logs, wrapPrimary);

    public static ClientHarness Create(
        Action<ProgenyClientOptions> configure,
        TimeProvider? clock = null,
        ILoggerProvider? logs = null,
        Func<HttpMessageHandler, HttpMessageHandler>? wrapPrimary = null,
        Func<HttpMessageHandler>? primary = null)
    {
        var services = new ServiceCollection();
        if (clock is not null)
        {
            services.AddSingleton(clock);
        }

        if (logs is not null)
        {
            services.AddLogging(b => b.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        }

        var inFlight = new InFlightCounter();
        var builder = services.AddProgenyClient(configure).AddHttpMessageHandler(inFlight.CreateHandler);
        if (primary is not null)
        {
            builder.ConfigurePrimaryHttpMessageHandler(primary);
            services.AddHttpClient(Progeny.Sdk.Internal.ProgenyHttp.PortraitClientName).ConfigurePrimaryHttpMessageHandler(primary);
        }
        else if (wrapPrimary is not null)
        {
            builder.ConfigurePrimaryHttpMessageHandler(() => wrapPrimary(new SocketsHttpHandler { AllowAutoRedirect = false }));
        }

        return new ClientHarness(services.BuildServiceProvider(), inFlight);
    }

    public ValueTask DisposeAsync() => _provider.DisposeAsync();
}
