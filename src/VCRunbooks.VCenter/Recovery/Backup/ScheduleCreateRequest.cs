namespace VCRunbooks.VCenter.Recovery.Backup;

/// <summary>The /api body of schedule create: the schedule id (usually <c>default</c>) and its spec.</summary>
public sealed record ScheduleCreateRequest
{
    public required string Schedule { get; init; }
    public required ScheduleCreateSpec Spec { get; init; }
}
