using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VCRunbooks.Activities.Sessions;
using VCRunbooks.Activities.Targets;
using VCRunbooks.Engine;
using VCRunbooks.VCenter.Client;

namespace VCRunbooks.Activities;

/// <summary>Adds the vCenter activities to the engine.</summary>
public static class VCenterActivitiesExtensions
{
    /// <summary>
    /// Adds the vCenter activities with their sessions. Hosts register their own <see cref="ITargetResolver"/> and
    /// <see cref="ICredentialStore"/> (and <see cref="IVCenterClientFactory"/>) first; otherwise in-memory ones are used. The client runs on the
    /// engine's <see cref="EngineOptions.TimeProvider"/>.
    /// </summary>
    public static RunbookEngineBuilder AddVCenterActivities(this RunbookEngineBuilder builder)
    {
        var services = builder.Services;
        // Before AddVCenterClient: the client's polls and retries run on the engine's clock, one TimeProvider for the run.
        services.TryAddSingleton(sp => new VCenterClientOptions { TimeProvider = sp.GetRequiredService<EngineOptions>().TimeProvider });
        services.AddVCenterClient();
        services.TryAddSingleton<InMemoryTargetResolver>();
        services.TryAddSingleton<ITargetResolver>(sp => sp.GetRequiredService<InMemoryTargetResolver>());
        services.TryAddSingleton<InMemoryCredentialStore>();
        services.TryAddSingleton<ICredentialStore>(sp => sp.GetRequiredService<InMemoryCredentialStore>());
        services.TryAddSingleton<IVCenterSessions, VCenterSessions>();
        return builder.AddActivitiesFrom(typeof(VCenterActivitiesExtensions).Assembly);
    }
}
