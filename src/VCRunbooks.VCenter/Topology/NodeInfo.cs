namespace VCRunbooks.VCenter.Topology;

/// <summary>vcenter.topology.Nodes.Info: the domain, type and replication partners of one node.</summary>
public sealed record NodeInfo
{
    /// <summary>The SSO domain of the node.</summary>
    public required string Domain { get; init; }
    /// <summary>How the node was deployed.</summary>
    public required ApplianceType Type { get; init; }
    /// <summary>Node ids (IP or DNS name) of its replication partners; only for VCSA_EMBEDDED and PSC_EXTERNAL, else null.</summary>
    public IReadOnlyList<string>? ReplicationPartners { get; init; }
    /// <summary>Node id of the PSC this vCenter uses; only for VCSA_EXTERNAL, else null.</summary>
    public string? ClientAffinity { get; init; }
}
