namespace VCRunbooks.VCenter.Recovery.Backup;

/// <summary>The appliance build a backup was taken from.</summary>
public sealed record BackupBuildInfo
{
    /// <summary>Product version name, e.g. "8.0.2 GA".</summary>
    public required string VersionName { get; init; }
    /// <summary>Appliance version, e.g. <c>8.0.2.00100</c>.</summary>
    public required string Version { get; init; }
    /// <summary>Build number of the appliance.</summary>
    public required string BuildNumber { get; init; }
}
