using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Update;
using TaskStatus = VCRunbooks.VCenter.Common.TaskStatus;

namespace VCRunbooks.Simulator.Update;

/// <summary>One stage, install, stage-and-install or rollback, progressing with simulated time from its start.</summary>
internal sealed class UpdateOperation(UpdateOperationKind kind, string version, string? user, DateTimeOffset start)
{
    public UpdateOperationKind Kind { get; } = kind;
    public string Version { get; } = version;
    public string? User { get; } = user;
    public DateTimeOffset Start { get; } = start;
    public IReadOnlyList<UpdatePhase> Phases { get; } = UpdatePhase.For(kind);
    public TimeSpan Duration => Phases.Aggregate(TimeSpan.Zero, (sum, p) => sum + p.Length);
    public TimeSpan Elapsed { get; set; }
    public TaskStatus Status { get; private set; } = TaskStatus.Running;
    public DateTimeOffset? EndTime { get; private set; }
    public Notifications? Failure { get; private set; }
    /// <summary>When the install fails (working time), from the FailNextInstallAtPercent fault.</summary>
    public TimeSpan? FailAt { get; init; }
    public bool RestartApplied { get; set; }

    public bool IsDone => Status is TaskStatus.Succeeded or TaskStatus.Failed;

    /// <summary>The task id GET /api/appliance/task/{id} knows: the operation's vAPI name (the latest run of each kind).</summary>
    public string TaskId => IdOf(Kind);

    public static string IdOf(UpdateOperationKind kind) => "com.vmware.appliance.update.pending." + kind switch
    {
        UpdateOperationKind.StageAndInstall => "stage_and_install",
        _ => kind.ToString().ToLowerInvariant(),
    };

    /// <summary>Start and end (working time) of the services restart, if the operation restarts them.</summary>
    public (TimeSpan From, TimeSpan To)? RestartWindow()
    {
        var from = TimeSpan.Zero;
        foreach (var phase in Phases)
        {
            if (phase.Name == UpdatePhase.RestartServices)
            {
                return (from, from + phase.Length);
            }
            from += phase.Length;
        }
        return null;
    }

    public void Succeed(DateTimeOffset at)
    {
        Elapsed = Duration;
        Status = TaskStatus.Succeeded;
        EndTime = at;
    }

    public void Fail(DateTimeOffset at, Notifications failure)
    {
        Status = TaskStatus.Failed;
        Failure = failure;
        EndTime = at;
    }

    public ApplianceTaskInfo ToInfo()
    {
        var current = Current();
        var subtasks = new Dictionary<string, SubtaskInfo>(StringComparer.Ordinal);
        var from = TimeSpan.Zero;
        for (var i = 0; i < Phases.Count; i++)
        {
            subtasks[Phases[i].Name] = Subtask(i, current, from);
            from += Phases[i].Length;
        }
        var message = Status switch
        {
            TaskStatus.Succeeded => LocalizableMessage.Of("com.vmware.appliance.update.task.succeeded", "Task has completed successfully."),
            TaskStatus.Failed => LocalizableMessage.Of("com.vmware.appliance.update.task.failed", "Task has failed."),
            _ => LocalizableMessage.Of("com.vmware.appliance.update." + Phases[current].Name, Phases[current].Message),
        };
        return new ApplianceTaskInfo
        {
            Progress = new TaskProgress { Total = 100, Completed = (long)Math.Clamp(100 * Elapsed / Duration, 0, 100), Message = message },
            SubtaskOrder = [.. Phases.Select(p => p.Name)],
            Subtasks = subtasks,
            Description = LocalizableMessage.Of(TaskId, $"{Kind} update {Version}."),
            Service = "com.vmware.appliance.update.pending",
            Operation = TaskId[(TaskId.LastIndexOf('.') + 1)..],
            Status = Status,
            Cancelable = Kind == UpdateOperationKind.Stage && !IsDone,
            Error = Status == TaskStatus.Failed ? ErrorText : null,
            StartTime = Start,
            EndTime = EndTime,
            User = User,
        };
    }

    /// <summary>The task's <c>error</c> once it failed: the first error notification's text (a string, as the spec types it).</summary>
    private string ErrorText => Failure?.Errors is [var first, ..] ? first.Message.DefaultMessage : "Task has failed.";

    private SubtaskInfo Subtask(int index, int current, TimeSpan from)
    {
        var phase = Phases[index];
        var status = Status == TaskStatus.Succeeded || index < current ? TaskStatus.Succeeded
            : index > current ? TaskStatus.Pending
            : Status == TaskStatus.Failed ? TaskStatus.Failed
            : TaskStatus.Running;
        var completed = status switch
        {
            TaskStatus.Succeeded => 100,
            TaskStatus.Pending => 0,
            _ => (long)Math.Clamp(100 * (Elapsed - from) / phase.Length, 0, 99),
        };
        return new SubtaskInfo
        {
            Progress = new TaskProgress { Total = 100, Completed = completed, Message = LocalizableMessage.Of("com.vmware.appliance.update." + phase.Name, phase.Message) },
            Result = status == TaskStatus.Failed ? Failure : null,
            Description = LocalizableMessage.Of("com.vmware.appliance.update." + phase.Name + ".description", phase.Message),
            Service = "com.vmware.appliance.update.pending",
            Operation = phase.Name,
            Status = status,
            Cancelable = false,
            Error = status == TaskStatus.Failed ? ErrorText : null,
            StartTime = status == TaskStatus.Pending ? null : Start + from,
            EndTime = status == TaskStatus.Succeeded ? Start + from + phase.Length : status == TaskStatus.Failed ? EndTime : null,
        };
    }

    private int Current()
    {
        var end = TimeSpan.Zero;
        for (var i = 0; i < Phases.Count; i++)
        {
            end += Phases[i].Length;
            if (Elapsed < end)
            {
                return i;
            }
        }
        return Phases.Count - 1;
    }
}
