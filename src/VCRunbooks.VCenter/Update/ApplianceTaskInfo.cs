using VCRunbooks.VCenter.Common;
using TaskStatus = VCRunbooks.VCenter.Common.TaskStatus;

namespace VCRunbooks.VCenter.Update;

/// <summary>An appliance task (stage, install, rollback) with its subtasks in order.</summary>
public sealed record ApplianceTaskInfo
{
    public TaskProgress? Progress { get; init; }
    public required IReadOnlyList<string> SubtaskOrder { get; init; }
    public required IReadOnlyDictionary<string, SubtaskInfo> Subtasks { get; init; }
    public required LocalizableMessage Description { get; init; }
    public required string Service { get; init; }
    public required string Operation { get; init; }
    public required TaskStatus Status { get; init; }
    public required bool Cancelable { get; init; }
    public DateTimeOffset? StartTime { get; init; }
    public DateTimeOffset? EndTime { get; init; }
    public string? User { get; init; }
}
