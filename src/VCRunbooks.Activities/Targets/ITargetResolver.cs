namespace VCRunbooks.Activities.Targets;

/// <summary>Finds a target by the name a runbook gives; the host backs it with its target store.</summary>
public interface ITargetResolver
{
    /// <summary>The target, or null when none has that name.</summary>
    ValueTask<TargetSettings?> FindAsync(string name, CancellationToken cancellationToken);

    /// <summary>The names of the targets with a tag (all targets when the tag is empty), in name order.</summary>
    ValueTask<IReadOnlyList<string>> ListNamesAsync(string? tag, CancellationToken cancellationToken) =>
        throw new NotSupportedException($"{GetType().Name} cannot list targets by tag.");
}
