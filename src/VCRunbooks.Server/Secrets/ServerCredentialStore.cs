using VCRunbooks.Activities.Targets;
using VCRunbooks.Server.Simulation;

namespace VCRunbooks.Server.Secrets;

/// <summary>Gives the vCenter activities secret values from the encrypted store, at the moment they log in.</summary>
/// <remarks>A simulation's password (<c>simulation~…</c>, a name no stored secret can have) comes from the simulation.</remarks>
internal sealed class ServerCredentialStore(IServiceScopeFactory scopes, SimulationTargets simulations) : ICredentialStore
{
    public async ValueTask<string?> RevealAsync(string name, CancellationToken cancellationToken)
    {
        if (SimulationTargets.IsSimulation(name))
        {
            return simulations.Reveal(name);
        }
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SecretStore>().RevealAsync(name, cancellationToken);
    }
}
