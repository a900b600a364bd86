namespace VCRunbooks.VCenter.Topology;

/// <summary>vcenter.topology.Nodes.Summary: one node of the SSO domain.</summary>
public sealed record NodeSummary
{
    /// <summary>Node id: its IP address or DNS name.</summary>
    public required string Node { get; init; }
    /// <summary>How the node was deployed.</summary>
    public required ApplianceType Type { get; init; }
    /// <summary>Node ids of its replication partners; only for VCSA_EMBEDDED and PSC_EXTERNAL, else null.</summary>
    public IReadOnlyList<string>? ReplicationPartners { get; init; }
    /// <summary>Node id of the PSC this vCenter uses; only for VCSA_EXTERNAL, else null.</summary>
    public string? ClientAffinity { get; init; }
}
