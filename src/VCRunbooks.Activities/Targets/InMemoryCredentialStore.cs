using System.Collections.Concurrent;

namespace VCRunbooks.Activities.Targets;

/// <summary>Secrets held in memory: the default until a host registers its own store, and what tests use.</summary>
public sealed class InMemoryCredentialStore : ICredentialStore
{
    private readonly ConcurrentDictionary<string, string> _secrets = new(StringComparer.Ordinal);

    /// <summary>Adds or replaces a secret; returns this store for chaining.</summary>
    public InMemoryCredentialStore Set(string name, string value)
    {
        _secrets[name] = value;
        return this;
    }

    /// <inheritdoc/>
    public ValueTask<string?> RevealAsync(string name, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_secrets.TryGetValue(name, out var value) ? value : null);
}
