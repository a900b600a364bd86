namespace VCRunbooks.VCenter.Topology;

/// <summary>vcenter.system_config.DeploymentType.ReconfigureSpec.</summary>
public sealed record DeploymentTypeReconfigureSpec
{
    public required ApplianceType Type { get; init; }
    public RemotePscSpec? RemotePsc { get; init; }
}
