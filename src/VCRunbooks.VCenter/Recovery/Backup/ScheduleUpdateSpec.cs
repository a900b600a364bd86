namespace VCRunbooks.VCenter.Recovery.Backup;

/// <summary>Changes to a backup schedule; unset fields stay as they are.</summary>
public sealed record ScheduleUpdateSpec
{
    public IReadOnlyList<string>? Parts { get; init; }
    public string? BackupPassword { get; init; }
    public string? Location { get; init; }
    public string? LocationUser { get; init; }
    public string? LocationPassword { get; init; }
    public bool? Enable { get; init; }
    public RecurrenceInfo? RecurrenceInfo { get; init; }
    public RetentionInfo? RetentionInfo { get; init; }
    public bool? FastBackup { get; init; }
}
