namespace VCRunbooks.VCenter.Topology;

/// <summary>
/// vcenter.topology.ReplicationStatus.Summary: one (node, partner) replication agreement. Replicating and
/// ChangeLag are unset when the partner or its status cannot be reached.
/// </summary>
public sealed record ReplicationStatusSummary
{
    public required string Node { get; init; }
    public required string ReplicationPartner { get; init; }
    public required bool PartnerAvailable { get; init; }
    public required bool StatusAvailable { get; init; }
    public bool? Replicating { get; init; }
    public long? ChangeLag { get; init; }
}
