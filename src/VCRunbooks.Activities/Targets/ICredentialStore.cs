namespace VCRunbooks.Activities.Targets;

/// <summary>Reveals a secret's value at the moment an activity logs in; the host backs it with its encrypted secret store.</summary>
public interface ICredentialStore
{
    /// <summary>The plain value, or null when no secret has that name.</summary>
    ValueTask<string?> RevealAsync(string name, CancellationToken cancellationToken);
}
