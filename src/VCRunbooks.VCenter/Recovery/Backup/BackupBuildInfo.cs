namespace VCRunbooks.VCenter.Recovery.Backup;

/// <summary>The appliance build a backup was taken from.</summary>
public sealed record BackupBuildInfo
{
    public required string VersionName { get; init; }
    public required string Version { get; init; }
    public required string BuildNumber { get; init; }
}
