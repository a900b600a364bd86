using System.Reflection;
using Microsoft.Extensions.Options;
using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Clock;
using VCRunbooks.Simulator.Control;
using VCRunbooks.Simulator.Vapi;

namespace VCRunbooks.Simulator.Hosting;

/// <summary>Registers the simulator in a host.</summary>
public static class SimulatorServiceCollectionExtensions
{
    /// <summary>
    /// Registers the simulator: <see cref="SimulatorOptions"/> (the <c>Simulator</c> section, validated at start), the
    /// <see cref="VirtualClock"/> flowing from the host's TimeProvider, the <see cref="ApplianceRegistry"/>, the certificate
    /// and the operation table. Map its endpoints with <see cref="SimulatorEndpointRouteBuilderExtensions.MapVCenterSimulator"/>.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Sets options after configuration is bound.</param>
    public static IServiceCollection AddVCenterSimulator(this IServiceCollection services, Action<SimulatorOptions>? configure = null)
    {
        var options = services.AddOptions<SimulatorOptions>().BindConfiguration(SimulatorOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        if (configure is not null)
        {
            options.Configure(configure);
        }
        services.AddSingleton(sp =>
        {
            // Simulated time flows from the host's clock (the system clock unless the host registers another).
            var real = sp.GetService<TimeProvider>() ?? TimeProvider.System;
            var o = sp.GetRequiredService<IOptions<SimulatorOptions>>().Value;
            return new VirtualClock(o.ClockStart ?? real.GetUtcNow(), o.ClockFactor, real);
        });
        services.AddSingleton<ApplianceRegistry>();
        services.AddSingleton(sp => new SimulatorCertificate(sp.GetRequiredService<IOptions<SimulatorOptions>>().Value.DefaultApplianceName));
        services.AddSingleton(_ => BuildRouteTable());
        services.AddSingleton<VapiDispatcher>();
        return services;
    }

    /// <summary>Every <see cref="IVapiModule"/> of this assembly, asked for its operations.</summary>
    internal static VapiRouteTable BuildRouteTable()
    {
        var table = new VapiRouteTable();
        foreach (var module in Discover<IVapiModule>())
        {
            module.Map(table);
        }
        return table;
    }

    internal static IEnumerable<T> Discover<T>() =>
        typeof(SimulatorServiceCollectionExtensions).Assembly.GetTypes()
            .Where(t => typeof(T).IsAssignableFrom(t) && t is { IsAbstract: false, IsInterface: false })
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (T)Activator.CreateInstance(t, nonPublic: true)!);
}
