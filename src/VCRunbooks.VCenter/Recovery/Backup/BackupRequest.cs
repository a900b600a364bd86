namespace VCRunbooks.VCenter.Recovery.Backup;

/// <summary>What to back up and where (backup job create and backup validate).</summary>
public sealed record BackupRequest
{
    /// <summary>Optional parts to include besides <c>common</c>, which every backup contains.</summary>
    public required IReadOnlyList<string> Parts { get; init; }
    /// <summary>8-20 characters; when unset the archive is not encrypted.</summary>
    public string? BackupPassword { get; init; }
    public required LocationType LocationType { get; init; }
    /// <summary>The backup folder, e.g. <c>sftp://backup.lab.local/vcsa</c>.</summary>
    public required string Location { get; init; }
    public string? LocationUser { get; init; }
    public string? LocationPassword { get; init; }
    public string? Comment { get; init; }
    public bool? FastBackup { get; init; }
}
