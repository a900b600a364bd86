using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Errors;
using TaskStatus = VCRunbooks.VCenter.Common.TaskStatus;

namespace VCRunbooks.VCenter.Tasks;

/// <summary>cis.tasks Info: the state of an asynchronous operation started with <c>vmw-task=true</c>.</summary>
public sealed record TaskInfo
{
    /// <summary>What the operation does.</summary>
    public required LocalizableMessage Description { get; init; }
    /// <summary>Identifier of the service the operation belongs to, e.g. <c>com.vmware.vcenter.lcm.discovery.interop_report</c>.</summary>
    public required string Service { get; init; }
    /// <summary>Identifier of the operation within <see cref="Service"/>.</summary>
    public required string Operation { get; init; }
    /// <summary>Id of the parent task; null for a top-level task.</summary>
    public string? Parent { get; init; }
    /// <summary>The resource the operation created or acts on; null when it has none or several.</summary>
    public DynamicId? Target { get; init; }
    /// <summary>Where the task is in PENDING → RUNNING ⇄ BLOCKED → SUCCEEDED | FAILED.</summary>
    public required TaskStatus Status { get; init; }
    /// <summary>Whether the task can be canceled now; may change while it runs.</summary>
    public required bool Cancelable { get; init; }
    /// <summary>The error when <see cref="Status"/> is FAILED; null otherwise, or when the failure is described in <see cref="Result"/>.</summary>
    public VapiError? Error { get; init; }
    /// <summary>When the task started; null while PENDING.</summary>
    public DateTimeOffset? StartTime { get; init; }
    /// <summary>When the task finished; null until SUCCEEDED or FAILED.</summary>
    public DateTimeOffset? EndTime { get; init; }
    /// <summary>Who started the operation; null when the system did.</summary>
    public string? User { get; init; }
    /// <summary>Progress so far; null while PENDING or when the operation reports none.</summary>
    public TaskProgress? Progress { get; init; }
    /// <summary>Operation-specific result; its shape depends on the operation.</summary>
    public object? Result { get; init; }
}
