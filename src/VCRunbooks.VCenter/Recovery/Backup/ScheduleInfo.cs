namespace VCRunbooks.VCenter.Recovery.Backup;

/// <summary>A backup schedule as the appliance reports it (passwords are never returned).</summary>
public sealed record ScheduleInfo
{
    public required IReadOnlyList<string> Parts { get; init; }
    public required string Location { get; init; }
    public string? LocationUser { get; init; }
    public required bool Enable { get; init; }
    public RecurrenceInfo? RecurrenceInfo { get; init; }
    public RetentionInfo? RetentionInfo { get; init; }
    public bool? FastBackup { get; init; }
}
