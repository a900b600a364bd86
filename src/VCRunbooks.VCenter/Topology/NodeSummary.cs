namespace VCRunbooks.VCenter.Topology;

/// <summary>vcenter.topology.Nodes.Summary: one node of the SSO domain.</summary>
public sealed record NodeSummary
{
    public required string Node { get; init; }
    public required ApplianceType Type { get; init; }
    public IReadOnlyList<string>? ReplicationPartners { get; init; }
    public string? ClientAffinity { get; init; }
}
