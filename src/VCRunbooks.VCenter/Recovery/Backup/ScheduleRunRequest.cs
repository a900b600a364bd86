namespace VCRunbooks.VCenter.Recovery.Backup;

/// <summary>The body of schedules/{schedule}?action=run.</summary>
public sealed record ScheduleRunRequest
{
    /// <summary>Comment stored with the backup; null for none.</summary>
    public string? Comment { get; init; }
}
