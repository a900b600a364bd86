namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>vcenter.lcm.update.Pending.ListResult.</summary>
public sealed record PendingUpdateListResult
{
    /// <summary>When the software depot was last checked.</summary>
    public required DateTimeOffset LastCheckTime { get; init; }
    /// <summary>Number of pending updates; null when there are none.</summary>
    public long? UpdateCount { get; init; }
    /// <summary>Number of pending upgrades; null when there are none.</summary>
    public long? UpgradeCount { get; init; }
    /// <summary>The pending updates and upgrades.</summary>
    public required IReadOnlyList<PendingUpdateSummary> Updates { get; init; }
    /// <summary>Problems met while reading the depot; null when none.</summary>
    public VCRunbooks.VCenter.Common.Notifications? Issues { get; init; }
}
