namespace VCRunbooks.VCenter.Recovery.Backup;

/// <summary>Changes to a backup schedule; unset fields stay as they are.</summary>
public sealed record ScheduleUpdateSpec
{
    /// <summary>New optional parts; null keeps them.</summary>
    public IReadOnlyList<string>? Parts { get; init; }
    /// <summary>New encryption password (8–20 characters); null keeps it. Never logged.</summary>
    public string? BackupPassword { get; init; }
    /// <summary>New location URL; null keeps it.</summary>
    public string? Location { get; init; }
    /// <summary>New location user; null keeps it.</summary>
    public string? LocationUser { get; init; }
    /// <summary>New location password; null keeps it. Never logged.</summary>
    public string? LocationPassword { get; init; }
    /// <summary>True to enable, false to disable; null keeps it.</summary>
    public bool? Enable { get; init; }
    /// <summary>New recurrence; null keeps it.</summary>
    public RecurrenceInfo? RecurrenceInfo { get; init; }
    /// <summary>New retention; null keeps it.</summary>
    public RetentionInfo? RetentionInfo { get; init; }
    /// <summary>New fast-backup choice; null keeps it.</summary>
    public bool? FastBackup { get; init; }
}
