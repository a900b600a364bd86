namespace VCRunbooks.VCenter.Recovery.Backup;

/// <summary>A new backup schedule.</summary>
public sealed record ScheduleCreateSpec
{
    public IReadOnlyList<string>? Parts { get; init; }
    public string? BackupPassword { get; init; }
    public required string Location { get; init; }
    public string? LocationUser { get; init; }
    public string? LocationPassword { get; init; }
    /// <summary>Defaults to true.</summary>
    public bool? Enable { get; init; }
    public RecurrenceInfo? RecurrenceInfo { get; init; }
    public RetentionInfo? RetentionInfo { get; init; }
    public bool? FastBackup { get; init; }
}
