using Microsoft.Extensions.Options;
using Progeny.Sdk;

namespace Progeny.Samples.AspNet;

/// <summary>Registers the <see cref="EmbeddedProgenyServer"/>.</summary>
internal static class EmbeddedProgenyServerExtensions
{
    /// <summary>
    /// Starts the fake Progeny server with the application when <paramref name="progenySection"/> has no <c>Username</c>,
    /// and points the Progeny client at it. With a user name configured, it does nothing.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="progenySection">The section the client is bound to, read when the application starts.</param>
    /// <returns>The service collection.</returns>
    public static IServiceCollection AddEmbeddedProgenyServer(this IServiceCollection services, IConfiguration progenySection)
    {
        services.AddSingleton(provider => ActivatorUtilities.CreateInstance<EmbeddedProgenyServer>(provider, progenySection));
        services.AddHostedService(provider => provider.GetRequiredService<EmbeddedProgenyServer>());
        services.AddSingleton<IPostConfigureOptions<ProgenyClientOptions>>(provider => provider.GetRequiredService<EmbeddedProgenyServer>());
        return services;
    }
}
