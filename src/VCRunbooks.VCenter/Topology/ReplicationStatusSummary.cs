namespace VCRunbooks.VCenter.Topology;

/// <summary>
/// vcenter.topology.ReplicationStatus.Summary: one (node, partner) replication agreement. Replicating and
/// ChangeLag are unset when the partner or its status cannot be reached.
/// </summary>
public sealed record ReplicationStatusSummary
{
    /// <summary>Node id (IP address or DNS name).</summary>
    public required string Node { get; init; }
    /// <summary>Node id of the partner.</summary>
    public required string ReplicationPartner { get; init; }
    /// <summary>Whether the partner's VMware Directory Service is reachable.</summary>
    public required bool PartnerAvailable { get; init; }
    /// <summary>Whether the replication status with this partner could be read.</summary>
    public required bool StatusAvailable { get; init; }
    /// <summary>Whether the node is processing changes from the partner; null when the partner or status is unavailable.</summary>
    public bool? Replicating { get; init; }
    /// <summary>Number of replication changes the node is behind the partner (a count, not time); null when unavailable.</summary>
    public long? ChangeLag { get; init; }
}
