using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Errors;
using VCRunbooks.VCenter.Tasks;
using TaskStatus = VCRunbooks.VCenter.Common.TaskStatus;

namespace VCRunbooks.Simulator.Tasks;

/// <summary>
/// One cis task: an operation started with <c>vmw-task=true</c> that runs for a simulated duration and then
/// completes with a result, or fails with a vapi error.
/// </summary>
public sealed class CisTask
{
    internal CisTask(string id, CisTaskSpec spec, DateTimeOffset now)
    {
        Id = id;
        Spec = spec;
        Status = TaskStatus.Running;
        StartTime = now;
    }

    /// <summary>The opaque task id the <c>vmw-task=true</c> call answered with (202).</summary>
    public string Id { get; }
    /// <summary>What the task does.</summary>
    public CisTaskSpec Spec { get; }
    /// <summary>RUNNING from the start, then SUCCEEDED or FAILED (a cancel fails it with CANCELED).</summary>
    public TaskStatus Status { get; internal set; }
    /// <summary>When the task started, in simulated time.</summary>
    public DateTimeOffset StartTime { get; }
    /// <summary>When the task succeeded or failed, in simulated time: the start plus the duration when it ran to the end.</summary>
    public DateTimeOffset? EndTime { get; internal set; }
    /// <summary>Progress in percent of the duration (<c>progress.completed</c> of 100); 100 only on success.</summary>
    public long Completed { get; internal set; }
    /// <summary>What <see cref="CisTaskSpec.Complete"/> returned, serialized as <c>result</c>.</summary>
    public object? Result { get; internal set; }
    /// <summary>Why the task failed, as a vapi.std error object.</summary>
    public VapiError? Error { get; internal set; }

    /// <summary>True once SUCCEEDED or FAILED.</summary>
    public bool IsDone => Status is TaskStatus.Succeeded or TaskStatus.Failed;

    /// <summary>The TaskInfo the cis tasks API answers with.</summary>
    public TaskInfo ToInfo(bool excludeResult) => new()
    {
        Description = Spec.Description,
        Service = Spec.Service,
        Operation = Spec.Operation,
        Target = Spec.Target,
        Status = Status,
        Cancelable = Spec.Cancelable && !IsDone,
        Error = Error,
        StartTime = StartTime,
        EndTime = EndTime,
        User = Spec.User,
        Progress = new TaskProgress { Total = 100, Completed = Completed, Message = Spec.Description },
        Result = excludeResult ? null : Result,
    };
}
