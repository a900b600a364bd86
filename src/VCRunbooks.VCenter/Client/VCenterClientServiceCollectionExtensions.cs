using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace VCRunbooks.VCenter.Client;

/// <summary>Registers the vCenter client factory.</summary>
public static class VCenterClientServiceCollectionExtensions
{
    /// <summary>Adds a singleton <see cref="IVCenterClientFactory"/> configured by <paramref name="configure"/>.</summary>
    public static IServiceCollection AddVCenterClient(this IServiceCollection services, Action<VCenterClientOptions>? configure = null)
    {
        var options = new VCenterClientOptions();
        configure?.Invoke(options);
        options.Validate();
        services.TryAddSingleton(options);
        services.TryAddSingleton<IVCenterClientFactory>(sp => new VCenterClientFactory(
            sp.GetRequiredService<VCenterClientOptions>(), sp.GetService<ILoggerFactory>()));
        return services;
    }
}
