namespace VCRunbooks.VCenter.Recovery.Backup;

/// <summary>What to back up and where (backup job create and backup validate).</summary>
public sealed record BackupRequest
{
    /// <summary>Optional parts to include besides <c>common</c>, which every backup contains.</summary>
    public required IReadOnlyList<string> Parts { get; init; }
    /// <summary>8-20 characters; when unset the archive is not encrypted.</summary>
    public string? BackupPassword { get; init; }
    /// <summary>The protocol of <see cref="Location"/>.</summary>
    public required LocationType LocationType { get; init; }
    /// <summary>The backup folder, e.g. <c>sftp://backup.lab.local/vcsa</c>.</summary>
    public required string Location { get; init; }
    /// <summary>User for the location; null when no login is needed.</summary>
    public string? LocationUser { get; init; }
    /// <summary>Password for the location; null when no login is needed. Never logged.</summary>
    public string? LocationPassword { get; init; }
    /// <summary>Comment stored with the archive; null for none.</summary>
    public string? Comment { get; init; }
    /// <summary>True for a fast (PostgreSQL) database backup, 8.0+; null for the slower default.</summary>
    public bool? FastBackup { get; init; }
}
