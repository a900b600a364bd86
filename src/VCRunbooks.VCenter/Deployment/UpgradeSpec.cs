namespace VCRunbooks.VCenter.Deployment;

/// <summary>vcenter.deployment.upgrade UpgradeSpec: the source appliance to upgrade from and where it runs.</summary>
public sealed record UpgradeSpec
{
    /// <summary>The appliance to upgrade from.</summary>
    public required SourceApplianceSpec SourceAppliance { get; init; }
    /// <summary>The ESXi host or vCenter that runs the source appliance.</summary>
    public required SourceLocationSpec SourceLocation { get; init; }
    /// <summary>Which historical data to move; null moves only the core data.</summary>
    public HistoryMigrationSpec? History { get; init; }
    /// <summary>CEIP choice when the source is an embedded vCenter.</summary>
    public CeipSpec? VcsaEmbedded { get; init; }
    /// <summary>CEIP choice when the source is a PSC.</summary>
    public CeipSpec? Psc { get; init; }
    /// <summary>True to answer every raised question with its default; null means false.</summary>
    public bool? AutoAnswer { get; init; }
}
