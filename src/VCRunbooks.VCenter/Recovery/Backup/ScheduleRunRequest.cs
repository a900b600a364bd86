namespace VCRunbooks.VCenter.Recovery.Backup;

/// <summary>The body of schedules/{schedule}?action=run.</summary>
public sealed record ScheduleRunRequest
{
    public string? Comment { get; init; }
}
