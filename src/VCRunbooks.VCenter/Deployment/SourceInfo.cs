namespace VCRunbooks.VCenter.Deployment;

/// <summary>What an upgrade check found out about the source appliance.</summary>
public sealed record SourceInfo
{
    public required string Hostname { get; init; }
    public required string Version { get; init; }
    public required ApplianceType DeploymentType { get; init; }
    public required ApplianceSize DeploymentSize { get; init; }
    public required string SsoDomainName { get; init; }
    public required string ActiveDirectoryDomain { get; init; }
    public required IReadOnlyList<string> DnsServers { get; init; }
}
