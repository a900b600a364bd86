namespace VCRunbooks.VCenter.Topology;

/// <summary>vcenter.system_config.DeploymentType.Info.</summary>
public sealed record DeploymentTypeInfo
{
    /// <summary>The deployment type of this appliance.</summary>
    public required ApplianceType Type { get; init; }
}
