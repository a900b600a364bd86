using System.Collections.Concurrent;

namespace VCRunbooks.Activities.Targets;

/// <summary>Targets held in memory: the default until a host registers its own resolver, and what tests use.</summary>
public sealed class InMemoryTargetResolver : ITargetResolver
{
    private readonly ConcurrentDictionary<string, TargetSettings> _targets = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Adds or replaces a target (names are case-insensitive); returns this resolver for chaining.</summary>
    public InMemoryTargetResolver Add(TargetSettings target)
    {
        _targets[target.Name] = target;
        return this;
    }

    /// <inheritdoc/>
    public ValueTask<TargetSettings?> FindAsync(string name, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_targets.TryGetValue(name, out var target) ? target : null);

    /// <summary>Tags per target name, for <see cref="ListNamesAsync"/>.</summary>
    public ConcurrentDictionary<string, string[]> Tags { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc/>
    public ValueTask<IReadOnlyList<string>> ListNamesAsync(string? tag, CancellationToken cancellationToken) =>
        ValueTask.FromResult<IReadOnlyList<string>>(_targets.Keys
            .Where(n => string.IsNullOrEmpty(tag) || (Tags.TryGetValue(n, out var tags) && tags.Contains(tag, StringComparer.OrdinalIgnoreCase)))
            .Order(StringComparer.OrdinalIgnoreCase).ToList());
}
