using VCRunbooks.VCenter.Common;
using TaskStatus = VCRunbooks.VCenter.Common.TaskStatus;

namespace VCRunbooks.VCenter.Deployment;

/// <summary>The deferred historical data import (guide Figure 5-7): PENDING, RUNNING, BLOCKED (paused), SUCCEEDED, FAILED (canceled).</summary>
public sealed record ImportHistoryInfo
{
    public TaskProgress? Progress { get; init; }
    public Notifications? Result { get; init; }
    public required LocalizableMessage Description { get; init; }
    public required string Service { get; init; }
    public required string Operation { get; init; }
    public required TaskStatus Status { get; init; }
    public required bool Cancelable { get; init; }
    public DateTimeOffset? StartTime { get; init; }
    public DateTimeOffset? EndTime { get; init; }
}
