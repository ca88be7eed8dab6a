using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Progeny.Sdk.Imaging.Internal;

namespace Progeny.Sdk.Imaging;

/// <summary>Registers <see cref="ProgenyImagePreparer"/> as the <see cref="IProgenyImagePreparer"/> that clients from dependency injection apply to every image.</summary>
public static class ProgenyImagingServiceCollectionExtensions
{
    /// <summary>
    /// Prepares every image that an <see cref="IProgenyClient"/> from this container uploads with the default options:
    /// upright, at most 1080 px high, without metadata. For example <c>services.AddProgenyImagePreparation();</c> beside
    /// <c>services.AddProgenyClient(...)</c>, in either order.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <returns>The service collection.</returns>
    /// <remarks>Replaces any <see cref="IProgenyImagePreparer"/> registered before.</remarks>
    public static IServiceCollection AddProgenyImagePreparation(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ProgenyImagePreparationOptions>();
        return AddCore(services);
    }

    /// <summary>Prepares every image that an <see cref="IProgenyClient"/> from this container uploads, with options set by code.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets the options; they are validated when the client is first resolved.</param>
    /// <returns>The service collection.</returns>
    /// <remarks>Replaces any <see cref="IProgenyImagePreparer"/> registered before.</remarks>
    public static IServiceCollection AddProgenyImagePreparation(this IServiceCollection services, Action<ProgenyImagePreparationOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<ProgenyImagePreparationOptions>().Configure(configure);
        return AddCore(services);
    }

    /// <summary>Prepares every image that an <see cref="IProgenyClient"/> from this container uploads, with options bound to a configuration section.</summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configuration">The section itself, e.g. <c>builder.Configuration.GetSection("Progeny:Imaging")</c>.</param>
    /// <returns>The service collection.</returns>
    /// <remarks>Replaces any <see cref="IProgenyImagePreparer"/> registered before.</remarks>
    public static IServiceCollection AddProgenyImagePreparation(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<ProgenyImagePreparationOptions>().Bind(configuration);
        return AddCore(services);
    }

    private static IServiceCollection AddCore(IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ProgenyImagePreparationOptions>, ProgenyImagePreparationOptionsValidator>());
        services.TryAddSingleton(provider => new ProgenyImagePreparer(
            provider.GetRequiredService<IOptions<ProgenyImagePreparationOptions>>().Value,
            provider.GetService<ILoggerFactory>()));
        return services.Replace(ServiceDescriptor.Singleton<IProgenyImagePreparer>(provider => provider.GetRequiredService<ProgenyImagePreparer>()));
    }
}
