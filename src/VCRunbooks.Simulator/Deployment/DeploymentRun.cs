using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Deployment;
using TaskStatus = VCRunbooks.VCenter.Common.TaskStatus;

namespace VCRunbooks.Simulator.Deployment;

/// <summary>
/// One stage-2 operation (install, upgrade or migrate) progressing with simulated time. Time spent waiting on a
/// question does not count: <see cref="Elapsed"/> is the operation's working time.
/// </summary>
internal sealed class DeploymentRun
{
    public DeploymentRun(DeploymentOperation operation, object spec, bool autoAnswer, string? user, DateTimeOffset now)
    {
        Operation = operation;
        Spec = spec;
        AutoAnswer = autoAnswer;
        User = user;
        Plan = DeploymentPlan.For(operation);
        StartTime = LastAdvanced = now;
        Status = TaskStatus.Running;
    }

    public DeploymentOperation Operation { get; }
    /// <summary>The InstallSpec, UpgradeSpec or MigrateSpec the operation was started with.</summary>
    public object Spec { get; }
    public bool AutoAnswer { get; }
    public string? User { get; }
    public DeploymentPlan Plan { get; }
    public DateTimeOffset StartTime { get; }
    public DateTimeOffset? EndTime { get; private set; }
    public DateTimeOffset LastAdvanced { get; set; }
    public TimeSpan Elapsed { get; set; }
    public TaskStatus Status { get; private set; }

    /// <summary>The question still to raise, and when (working time).</summary>
    public DeploymentQuestion? PendingQuestion { get; set; }
    public TimeSpan QuestionAt { get; set; }
    /// <summary>The question the operation waits on now.</summary>
    public DeploymentQuestion? RaisedQuestion { get; set; }
    /// <summary>Questions answered so far, with their answers (auto answers included).</summary>
    public List<(string Id, string Answer)> Answers { get; } = [];

    /// <summary>Errors the precheck subtask fails with when it ends; null when the spec checked out.</summary>
    public Notifications? PrecheckFailure { get; init; }
    /// <summary>Why the operation failed, reported as the result of the subtask that was running.</summary>
    public Notifications? Failure { get; private set; }

    public bool IsDone => Status is TaskStatus.Succeeded or TaskStatus.Failed;

    public void Succeed(DateTimeOffset at)
    {
        Elapsed = Plan.Duration;
        Status = TaskStatus.Succeeded;
        EndTime = at;
    }

    public void Fail(DateTimeOffset at, Notifications failure)
    {
        Status = TaskStatus.Failed;
        Failure = failure;
        EndTime = at;
        RaisedQuestion = null;
    }

    public int Percent => (int)Math.Clamp(100 * Elapsed / Plan.Duration, 0, 100);

    /// <summary>The Info the deployment API answers with, for the appliance's current state.</summary>
    public DeploymentInfo ToInfo(ApplianceState state)
    {
        var current = CurrentSubtask();
        var subtasks = new Dictionary<string, DeploymentTask>(StringComparer.Ordinal);
        var from = TimeSpan.Zero;
        for (var i = 0; i < Plan.Subtasks.Count; i++)
        {
            var length = Plan.Duration * Plan.Subtasks[i].Share;
            subtasks[Plan.Subtasks[i].Name] = Subtask(i, current, from, length);
            from += length;
        }
        var message = Status switch
        {
            TaskStatus.Succeeded => LocalizableMessage.Of("com.vmware.vcenter.deploy.task.complete.success", "Task has completed successfully."),
            TaskStatus.Failed => LocalizableMessage.Of("com.vmware.vcenter.deploy.task.complete.failure", "Task has failed."),
            _ when RaisedQuestion is { } q => LocalizableMessage.Of("com.vmware.vcenter.deploy.task.question", "Waiting for an answer: " + q.Question.DefaultMessage),
            _ => LocalizableMessage.Of("com.vmware.vcenter.deploy.task." + Plan.Subtasks[current].Name, Plan.Subtasks[current].Message),
        };
        return new DeploymentInfo
        {
            State = state,
            Progress = new TaskProgress { Total = 100, Completed = Percent, Message = message },
            SubtaskOrder = [.. Plan.Subtasks.Select(s => s.Name)],
            Subtasks = subtasks,
            Description = Description,
            Service = "com.vmware.vcenter.deployment",
            Operation = OperationName,
            Status = state == ApplianceState.QuestionRaised ? TaskStatus.Blocked : Status,
            Cancelable = !IsDone,
            Error = Status == TaskStatus.Failed ? ErrorText : null,
            StartTime = StartTime,
            EndTime = EndTime,
            User = User,
        };
    }

    /// <summary>The task's <c>error</c> once it failed: the first error notification's text (a string, as the spec types it).</summary>
    private string ErrorText => Failure?.Errors is [var first, ..] ? first.Message.DefaultMessage : "Task has failed.";

    public string OperationName => Operation.ToString().ToUpperInvariant();

    private LocalizableMessage Description => Operation switch
    {
        DeploymentOperation.Install => LocalizableMessage.Of("com.vmware.vcenter.deploy.task.description.op.install", "Install vCenter Server."),
        DeploymentOperation.Upgrade => LocalizableMessage.Of("com.vmware.vcenter.deploy.task.description.op.upgrade", "Upgrade vCenter Server."),
        _ => LocalizableMessage.Of("com.vmware.vcenter.deploy.task.description.op.migrate", "Migrate vCenter Server."),
    };

    private DeploymentTask Subtask(int index, int current, TimeSpan from, TimeSpan length)
    {
        var (name, _, text) = Plan.Subtasks[index];
        var status = Status == TaskStatus.Succeeded || index < current ? TaskStatus.Succeeded
            : index > current ? TaskStatus.Pending
            : Status == TaskStatus.Failed ? TaskStatus.Failed
            : TaskStatus.Running;
        var completed = status switch
        {
            TaskStatus.Succeeded => 100,
            TaskStatus.Pending => 0,
            _ => (int)Math.Clamp(100 * (Elapsed - from) / length, 0, 99),
        };
        return new DeploymentTask
        {
            Progress = new TaskProgress { Total = 100, Completed = completed, Message = LocalizableMessage.Of("com.vmware.vcenter.deploy.subtask." + name, text) },
            Result = status == TaskStatus.Failed ? Failure : null,
            Description = LocalizableMessage.Of("com.vmware.vcenter.deploy.subtask." + name + ".description", text),
            Service = "com.vmware.vcenter.deployment",
            Operation = name,
            Status = status,
            Cancelable = false,
            Error = status == TaskStatus.Failed ? ErrorText : null,
            StartTime = status == TaskStatus.Pending ? null : StartTime + from,
            EndTime = status is TaskStatus.Succeeded or TaskStatus.Failed ? EndTime is { } end && status == TaskStatus.Failed ? end : StartTime + from + length : null,
        };
    }

    /// <summary>The subtask running (or that failed): the first whose end has not been passed.</summary>
    private int CurrentSubtask()
    {
        var end = TimeSpan.Zero;
        for (var i = 0; i < Plan.Subtasks.Count; i++)
        {
            end += Plan.Duration * Plan.Subtasks[i].Share;
            if (Elapsed <= end)
            {
                return i;
            }
        }
        return Plan.Subtasks.Count - 1;
    }
}
