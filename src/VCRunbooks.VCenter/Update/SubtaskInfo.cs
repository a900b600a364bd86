using System.Text.Json.Serialization;
using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Json;
using TaskStatus = VCRunbooks.VCenter.Common.TaskStatus;

namespace VCRunbooks.VCenter.Update;

/// <summary>One step of an appliance task.</summary>
public sealed record SubtaskInfo
{
    /// <summary>Progress of this step; null while PENDING.</summary>
    public TaskProgress? Progress { get; init; }
    /// <summary>What the step reported (info, warnings, errors); may be set before it finishes.</summary>
    public Notifications? Result { get; init; }
    /// <summary>What the step does.</summary>
    public required LocalizableMessage Description { get; init; }
    /// <summary>Identifier of the service the step belongs to.</summary>
    public required string Service { get; init; }
    /// <summary>Identifier of the step's operation.</summary>
    public required string Operation { get; init; }
    /// <summary>Where the step is.</summary>
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
