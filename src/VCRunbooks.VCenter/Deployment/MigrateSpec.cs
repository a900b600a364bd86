namespace VCRunbooks.VCenter.Deployment;

/// <summary>vcenter.deployment.migrate MigrateSpec: a Windows vCenter to migrate from.</summary>
public sealed record MigrateSpec
{
    /// <summary>The Windows vCenter to migrate.</summary>
    public required SourceVcWindows SourceVcWindows { get; init; }
    /// <summary>The Migration Assistant running on it.</summary>
    public required MigrationAssistantSpec ExistingMigrationAssistant { get; init; }
    /// <summary>Which historical data to move; null moves only the core data.</summary>
    public HistoryMigrationSpec? History { get; init; }
    /// <summary>CEIP choice, needed when the source is an embedded vCenter.</summary>
    public CeipSpec? VcsaEmbedded { get; init; }
    /// <summary>CEIP choice, needed when the source is a PSC.</summary>
    public CeipSpec? Psc { get; init; }
    /// <summary>The AD domain to join; null joins none.</summary>
    public ActiveDirectorySpec? ActiveDirectory { get; init; }
    /// <summary>True to answer every raised question with its default; null means false.</summary>
    public bool? AutoAnswer { get; init; }
}
