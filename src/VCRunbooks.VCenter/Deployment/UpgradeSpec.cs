namespace VCRunbooks.VCenter.Deployment;

/// <summary>vcenter.deployment.upgrade UpgradeSpec: the source appliance to upgrade from and where it runs.</summary>
public sealed record UpgradeSpec
{
    public required SourceApplianceSpec SourceAppliance { get; init; }
    public required SourceLocationSpec SourceLocation { get; init; }
    public HistoryMigrationSpec? History { get; init; }
    public CeipSpec? VcsaEmbedded { get; init; }
    public CeipSpec? Psc { get; init; }
    public bool? AutoAnswer { get; init; }
}
