namespace VCRunbooks.VCenter.Recovery.Backup;

/// <summary>A new backup schedule.</summary>
public sealed record ScheduleCreateSpec
{
    /// <summary>Optional parts to back up besides <c>common</c>; null backs up none of them.</summary>
    public IReadOnlyList<string>? Parts { get; init; }
    /// <summary>Password to encrypt the backups: 8–20 characters with an upper-case letter, a lower-case letter, a digit and a special character; null for no encryption. Never logged.</summary>
    public string? BackupPassword { get; init; }
    /// <summary>URL of the backup location, e.g. <c>sftp://backup.lab.local/vcsa</c>.</summary>
    public required string Location { get; init; }
    /// <summary>User for the location; null when no login is needed.</summary>
    public string? LocationUser { get; init; }
    /// <summary>Password for the location; null when no login is needed. Never logged.</summary>
    public string? LocationPassword { get; init; }
    /// <summary>Defaults to true.</summary>
    public bool? Enable { get; init; }
    /// <summary>When to run; null creates a schedule that never runs.</summary>
    public RecurrenceInfo? RecurrenceInfo { get; init; }
    /// <summary>How many backups to keep; null keeps all.</summary>
    public RetentionInfo? RetentionInfo { get; init; }
    /// <summary>True for a fast (PostgreSQL) database backup, 8.0+; null for the slower default.</summary>
    public bool? FastBackup { get; init; }
}
