namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>vcenter.lcm.update.Pending.ListResult.</summary>
public sealed record PendingUpdateListResult
{
    public required DateTimeOffset LastCheckTime { get; init; }
    public long? UpdateCount { get; init; }
    public long? UpgradeCount { get; init; }
    public required IReadOnlyList<PendingUpdateSummary> Updates { get; init; }
    public VCRunbooks.VCenter.Common.Notifications? Issues { get; init; }
}
