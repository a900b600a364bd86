namespace VCRunbooks.VCenter.Topology;

/// <summary>vcenter.topology.Nodes.Info: the domain, type and replication partners of one node.</summary>
public sealed record NodeInfo
{
    public required string Domain { get; init; }
    public required ApplianceType Type { get; init; }
    public IReadOnlyList<string>? ReplicationPartners { get; init; }
    public string? ClientAffinity { get; init; }
}
