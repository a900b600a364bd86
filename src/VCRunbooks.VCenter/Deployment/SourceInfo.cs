namespace VCRunbooks.VCenter.Deployment;

/// <summary>What an upgrade check found out about the source appliance.</summary>
public sealed record SourceInfo
{
    /// <summary>IP address or DNS name of the source vCenter.</summary>
    public required string Hostname { get; init; }
    /// <summary>Version of the source vCenter.</summary>
    public required string Version { get; init; }
    /// <summary>How the source was deployed.</summary>
    public required ApplianceType DeploymentType { get; init; }
    /// <summary>Size of the source deployment.</summary>
    public required ApplianceSize DeploymentSize { get; init; }
    /// <summary>SSO domain of the source.</summary>
    public required string SsoDomainName { get; init; }
    /// <summary>AD domain the source is joined to.</summary>
    public required string ActiveDirectoryDomain { get; init; }
    /// <summary>IP addresses of the DNS servers of the AD server.</summary>
    public required IReadOnlyList<string> DnsServers { get; init; }
}
