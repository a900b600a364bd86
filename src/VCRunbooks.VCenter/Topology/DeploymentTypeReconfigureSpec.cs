namespace VCRunbooks.VCenter.Topology;

/// <summary>vcenter.system_config.DeploymentType.ReconfigureSpec.</summary>
public sealed record DeploymentTypeReconfigureSpec
{
    /// <summary>The type to reconfigure the appliance to.</summary>
    public required ApplianceType Type { get; init; }
    /// <summary>The external PSC to register with; needed only to go from VCSA_EMBEDDED to VCSA_EXTERNAL.</summary>
    public RemotePscSpec? RemotePsc { get; init; }
}
