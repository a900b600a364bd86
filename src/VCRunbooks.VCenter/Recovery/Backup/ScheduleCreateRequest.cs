namespace VCRunbooks.VCenter.Recovery.Backup;

/// <summary>The /api body of schedule create: the schedule id (usually <c>default</c>) and its spec.</summary>
public sealed record ScheduleCreateRequest
{
    /// <summary>The schedule id; one schedule per appliance, and the UI's is <c>default</c>.</summary>
    public required string Schedule { get; init; }
    /// <summary>The schedule.</summary>
    public required ScheduleCreateSpec Spec { get; init; }
}
