using VCRunbooks.VCenter.Deployment;

namespace VCRunbooks.Simulator.Deployment;

/// <summary>
/// A machine stage 2 can reach: an appliance to upgrade from, or a partner vCenter/PSC to replicate with.
/// Unknown host names are unreachable.
/// </summary>
internal sealed record UpgradeSource
{
    public required string Hostname { get; init; }
    public string Version { get; init; } = "7.0.3.01800";
    public string SsoAdminUsername { get; init; } = "administrator@vsphere.local";
    public string SsoAdminPassword { get; init; } = "VMware1!";
    public string RootPassword { get; init; } = "VMware1!";
    public string SsoDomainName { get; init; } = "vsphere.local";
    public ApplianceType DeploymentType { get; init; } = ApplianceType.VcsaEmbedded;
    public ApplianceSize DeploymentSize { get; init; } = ApplianceSize.Small;
}
