using System.Collections.Concurrent;

namespace VCRunbooks.Activities.Targets;

/// <summary>Targets held in memory: the default until a host registers its own resolver, and what tests use.</summary>
public sealed class InMemoryTargetResolver : ITargetResolver
{
    private readonly ConcurrentDictionary<string, TargetSettings> targets = new(StringComparer.OrdinalIgnoreCase);

    public InMemoryTargetResolver Add(TargetSettings target)
    {
        targets[target.Name] = target;
        return this;
    }

    public ValueTask<TargetSettings?> FindAsync(string name, CancellationToken cancellationToken) =>
        ValueTask.FromResult(targets.TryGetValue(name, out var target) ? target : null);
}
