namespace VCRunbooks.Server.Secrets;

/// <summary>How runbook activities get a secret's plain value, at the moment they log in and nowhere else.</summary>
public interface ISecretResolver
{
    /// <summary>The plain value, or null when no secret has that name.</summary>
    Task<string?> RevealAsync(string name, CancellationToken cancellationToken);
}
