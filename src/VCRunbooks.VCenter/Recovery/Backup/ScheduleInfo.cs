namespace VCRunbooks.VCenter.Recovery.Backup;

/// <summary>A backup schedule as the appliance reports it (passwords are never returned).</summary>
public sealed record ScheduleInfo
{
    /// <summary>Optional parts the schedule backs up besides <c>common</c>.</summary>
    public required IReadOnlyList<string> Parts { get; init; }
    /// <summary>URL of the backup location.</summary>
    public required string Location { get; init; }
    /// <summary>User for the location; null when no login is used.</summary>
    public string? LocationUser { get; init; }
    /// <summary>Whether the schedule is enabled.</summary>
    public required bool Enable { get; init; }
    /// <summary>When it runs; null when not scheduled.</summary>
    public RecurrenceInfo? RecurrenceInfo { get; init; }
    /// <summary>How many backups are kept; null keeps all.</summary>
    public RetentionInfo? RetentionInfo { get; init; }
    /// <summary>Whether the database is backed up with fast backup (8.0+); null when not set.</summary>
    public bool? FastBackup { get; init; }
}
