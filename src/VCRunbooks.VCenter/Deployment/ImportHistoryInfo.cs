using System.Text.Json.Serialization;
using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Json;
using TaskStatus = VCRunbooks.VCenter.Common.TaskStatus;

namespace VCRunbooks.VCenter.Deployment;

/// <summary>The deferred historical data import (guide Figure 5-7): PENDING, RUNNING, BLOCKED (paused), SUCCEEDED, FAILED (canceled).</summary>
public sealed record ImportHistoryInfo
{
    /// <summary>Progress of the import; null while PENDING.</summary>
    public TaskProgress? Progress { get; init; }
    /// <summary>What the import reported; null when nothing yet.</summary>
    public Notifications? Result { get; init; }
    /// <summary>What the task does.</summary>
    public required LocalizableMessage Description { get; init; }
    /// <summary>Identifier of the service the task belongs to.</summary>
    public required string Service { get; init; }
    /// <summary>Identifier of the task's operation.</summary>
    public required string Operation { get; init; }
    /// <summary>Where the import is; BLOCKED while paused.</summary>
    public required TaskStatus Status { get; init; }
    /// <summary>Whether it can be canceled now.</summary>
    public required bool Cancelable { get; init; }
    /// <summary>Why the operation failed, when <see cref="Status"/> is FAILED (wire <c>error</c>); null otherwise, or when the failure is only in the result's notifications.</summary>
    [JsonConverter(typeof(TaskErrorTextConverter))]
    public string? Error { get; init; }
    /// <summary>When it started; null while PENDING.</summary>
    public DateTimeOffset? StartTime { get; init; }
    /// <summary>When it finished; null until SUCCEEDED or FAILED.</summary>
    public DateTimeOffset? EndTime { get; init; }
}
