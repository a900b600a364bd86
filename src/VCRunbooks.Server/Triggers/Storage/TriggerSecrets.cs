using System.Collections.Concurrent;
using VCRunbooks.Server.Secrets;

namespace VCRunbooks.Server.Triggers.Storage;

/// <summary>
/// Signing secrets and tokens by name from the secret store, each kept in memory for <see cref="Lifetime"/> so a
/// burst of signed requests does not decrypt the same secret hundreds of times a second.
/// </summary>
internal sealed class TriggerSecrets(IServiceScopeFactory scopes, TimeProvider time)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (string? Value, DateTimeOffset At)> _cache = new(StringComparer.Ordinal);

    /// <summary>The plain value, or null when the store has no secret of that name.</summary>
    public async Task<string?> RevealAsync(string name, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        if (_cache.TryGetValue(name, out var cached) && now - cached.At < Lifetime)
        {
            return cached.Value;
        }
        await using var services = scopes.CreateAsyncScope();
        var value = await services.ServiceProvider.GetRequiredService<SecretStore>().RevealAsync(name, cancellationToken);
        if (value is not null)
        {
            // A missing secret is not remembered: the admin who creates it next sees it work at once.
            _cache[name] = (value, now);
        }
        return value;
    }
}
