namespace VCRunbooks.VCenter.Topology;

/// <summary>vcenter.system_config.DeploymentType.Info.</summary>
public sealed record DeploymentTypeInfo
{
    public required ApplianceType Type { get; init; }
}
