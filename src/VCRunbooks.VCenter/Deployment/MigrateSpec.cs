namespace VCRunbooks.VCenter.Deployment;

/// <summary>vcenter.deployment.migrate MigrateSpec: a Windows vCenter to migrate from.</summary>
public sealed record MigrateSpec
{
    public required SourceVcWindows SourceVcWindows { get; init; }
    public required MigrationAssistantSpec ExistingMigrationAssistant { get; init; }
    public HistoryMigrationSpec? History { get; init; }
    public CeipSpec? VcsaEmbedded { get; init; }
    public CeipSpec? Psc { get; init; }
    public ActiveDirectorySpec? ActiveDirectory { get; init; }
    public bool? AutoAnswer { get; init; }
}
