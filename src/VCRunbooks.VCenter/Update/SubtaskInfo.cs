using VCRunbooks.VCenter.Common;
using TaskStatus = VCRunbooks.VCenter.Common.TaskStatus;

namespace VCRunbooks.VCenter.Update;

/// <summary>One step of an appliance task.</summary>
public sealed record SubtaskInfo
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
