using Microsoft.Extensions.DependencyInjection;

namespace Progeny.Sdk.Benchmarks.Infrastructure;

/// <summary>Builds the SDK client the way an application does: dependency injection, <c>AddProgenyClient</c>.</summary>
internal static class SdkFactory
{
    public const string Username = "bench";
    public const string Password = "bench-password";

    /// <param name="baseAddress">The API address (loopback http).</param>
    /// <param name="clock">The clock the SDK polls and times out on.</param>
    /// <param name="primaryHandler">The transport; <see langword="null"/> keeps the SDK's own <c>SocketsHttpHandler</c>.</param>
    /// <param name="configure">More options.</param>
    public static SdkInstance Create(Uri baseAddress, TimeProvider clock, HttpMessageHandler? primaryHandler, Action<ProgenyClientOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton(clock);
        var builder = services.AddProgenyClient(options =>
        {
            options.BaseAddress = baseAddress;
            options.Username = Username;
            options.Password = Password;
            configure?.Invoke(options);
        });
        if (primaryHandler is not null)
        {
            builder.ConfigurePrimaryHttpMessageHandler(() => primaryHandler);
        }

        var provider = services.BuildServiceProvider();
        return new SdkInstance(provider, provider.GetRequiredService<IProgenyClient>());
    }
}

internal sealed class SdkInstance(ServiceProvider provider, IProgenyClient client) : IDisposable
{
    public IProgenyClient Client { get; } = client;

    public void Dispose() => provider.Dispose();
}
