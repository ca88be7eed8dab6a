using Microsoft.Extensions.Options;
using Progeny.Sdk;

namespace Progeny.Samples.AspNet;

/// <summary>Registers the <see cref="EmbeddedProgenyServer"/>.</summary>
internal static class EmbeddedProgenyServerExtensions
{
    /// <summary>Starts the fake Progeny server with the application and points the Progeny client at it.</summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddEmbeddedProgenyServer(this IServiceCollection services)
    {
        services.AddSingleton<EmbeddedProgenyServer>();
        services.AddHostedService(provider => provider.GetRequiredService<EmbeddedProgenyServer>());
        services.AddSingleton<IPostConfigureOptions<ProgenyClientOptions>>(provider => provider.GetRequiredService<EmbeddedProgenyServer>());
        return services;
    }
}
