using System.Text.Json.Serialization;
using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Json;
using TaskStatus = VCRunbooks.VCenter.Common.TaskStatus;

namespace VCRunbooks.VCenter.Update;

/// <summary>An appliance task (stage, install, rollback) with its subtasks in order.</summary>
public sealed record ApplianceTaskInfo
{
    /// <summary>Overall progress; null while PENDING.</summary>
    public TaskProgress? Progress { get; init; }
    /// <summary>Subtask names in the order they run; keys of <see cref="Subtasks"/>.</summary>
    public required IReadOnlyList<string> SubtaskOrder { get; init; }
    /// <summary>The subtasks by name.</summary>
    public required IReadOnlyDictionary<string, SubtaskInfo> Subtasks { get; init; }
    /// <summary>What the task does.</summary>
    public required LocalizableMessage Description { get; init; }
    /// <summary>Identifier of the service the operation belongs to.</summary>
    public required string Service { get; init; }
    /// <summary>Identifier of the operation, e.g. stage or install.</summary>
    public required string Operation { get; init; }
    /// <summary>Where the task is (PENDING → RUNNING → SUCCEEDED | FAILED).</summary>
    public required TaskStatus Status { get; init; }
    /// <summary>Whether it can be canceled now; may change while it runs.</summary>
    public required bool Cancelable { get; init; }
    /// <summary>Why the operation failed, when <see cref="Status"/> is FAILED (wire <c>error</c>); null otherwise, or when the failure is only in the result's notifications.</summary>
    [JsonConverter(typeof(TaskErrorTextConverter))]
    public string? Error { get; init; }
    /// <summary>When it started; null while PENDING.</summary>
    public DateTimeOffset? StartTime { get; init; }
    /// <summary>When it finished; null until SUCCEEDED or FAILED.</summary>
    public DateTimeOffset? EndTime { get; init; }
    /// <summary>Who started it; null when the system did.</summary>
    public string? User { get; init; }
}
