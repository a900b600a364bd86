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

    public string Id { get; }
    public CisTaskSpec Spec { get; }
    public TaskStatus Status { get; internal set; }
    public DateTimeOffset StartTime { get; }
    public DateTimeOffset? EndTime { get; internal set; }
    public long Completed { get; internal set; }
    public object? Result { get; internal set; }
    public VapiError? Error { get; internal set; }

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
