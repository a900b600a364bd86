using VCRunbooks.Activities.Targets;
using VCRunbooks.Server.Simulation;
using VCRunbooks.VCenter.Client.Connection;

namespace VCRunbooks.Server.Targets;

/// <summary>Gives the vCenter activities the server's targets: the Host header as host name, the address to connect to.</summary>
/// <remarks>A simulation's throwaway target (<c>simulation~…</c>) is found among the simulations only, never in the store.</remarks>
internal sealed class ServerTargetResolver(IServiceScopeFactory scopes, SimulationTargets simulations) : ITargetResolver
{
    public async ValueTask<TargetSettings?> FindAsync(string name, CancellationToken cancellationToken)
    {
        if (SimulationTargets.IsSimulation(name))
        {
            return simulations.Find(name);
        }
        await using var scope = scopes.CreateAsyncScope();
        var target = await scope.ServiceProvider.GetRequiredService<TargetStore>().FindAsync(name, cancellationToken);
        return target is null ? null : ToSettings(target);
    }

    public async ValueTask<IReadOnlyList<string>> ListNamesAsync(string? tag, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var targets = await scope.ServiceProvider.GetRequiredService<TargetStore>().ListAsync(string.IsNullOrEmpty(tag) ? null : tag, cancellationToken);
        return targets.Select(t => t.Name).ToList();
    }

    internal static TargetSettings ToSettings(Target target)
    {
        var host = target.HostHeader ?? target.Address;
        return new TargetSettings
        {
            Name = target.Name,
            Api = new VCenterTarget { Host = host, Port = target.ApiPort, ApiBaseUrl = target.ApiBaseAddress, CertificateThumbprint = target.Thumbprint },
            Management = new VCenterTarget { Host = host, Port = target.ManagementPort, ApiBaseUrl = target.ManagementBaseAddress, CertificateThumbprint = target.Thumbprint },
            SsoUser = target.SsoUser,
            SsoPasswordSecret = target.SsoPasswordSecret,
            RootPasswordSecret = target.RootPasswordSecret,
        };
    }
}
