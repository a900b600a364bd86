using VCRunbooks.Activities.Targets;

namespace VCRunbooks.Server.Secrets;

/// <summary>Gives the vCenter activities secret values from the encrypted store, at the moment they log in.</summary>
internal sealed class ServerCredentialStore(IServiceScopeFactory scopes) : ICredentialStore
{
    public async ValueTask<string?> RevealAsync(string name, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<SecretStore>().RevealAsync(name, cancellationToken);
    }
}
