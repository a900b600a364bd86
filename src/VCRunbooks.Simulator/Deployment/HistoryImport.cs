using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Deployment;
using VCRunbooks.VCenter.Errors;
using TaskStatus = VCRunbooks.VCenter.Common.TaskStatus;

namespace VCRunbooks.Simulator.Deployment;

/// <summary>
/// The deferred historical data import, with the states of the guide's Figure 5-7: PENDING (not started),
/// RUNNING, BLOCKED (paused), SUCCEEDED, FAILED (canceled; final). Only running time counts towards completion.
/// </summary>
internal sealed class HistoryImport
{
    /// <summary>Working time a full import takes.</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(45);

    private DateTimeOffset _lastAdvanced;

    public TaskStatus Status { get; private set; } = TaskStatus.Pending;
    public TimeSpan Elapsed { get; private set; }
    public DateTimeOffset? StartTime { get; private set; }
    public DateTimeOffset? EndTime { get; private set; }
    public string Name { get; private set; } = "vcenter.deployment.history.import";
    public string Description { get; private set; } = "vCenter Server history import";

    public void Advance(DateTimeOffset now)
    {
        if (Status != TaskStatus.Running)
        {
            return;
        }
        Elapsed += now - _lastAdvanced;
        _lastAdvanced = now;
        if (Elapsed >= Duration)
        {
            EndTime = now - (Elapsed - Duration);
            Elapsed = Duration;
            Status = TaskStatus.Succeeded;
        }
    }

    public void Start(ImportHistoryCreateSpec? spec, DateTimeOffset now)
    {
        switch (Status)
        {
            case TaskStatus.Running:
                throw AlreadyInDesiredState("The historical data import is already running.");
            case TaskStatus.Pending:
                break;
            default:
                throw VapiException.NotAllowed($"The historical data import is {Status.ToString().ToUpperInvariant()}; it cannot be started again.");
        }
        Name = spec?.Name ?? Name;
        Description = spec?.Description ?? Description;
        Status = TaskStatus.Running;
        StartTime = _lastAdvanced = now;
    }

    public void Pause()
    {
        Require(TaskStatus.Running, TaskStatus.Blocked, "paused");
        Status = TaskStatus.Blocked;
    }

    public void Resume(DateTimeOffset now)
    {
        Require(TaskStatus.Blocked, TaskStatus.Running, "resumed");
        Status = TaskStatus.Running;
        _lastAdvanced = now;
    }

    public void Cancel(DateTimeOffset now)
    {
        if (Status == TaskStatus.Failed)
        {
            throw AlreadyInDesiredState("The historical data import is already canceled.");
        }
        if (Status is not (TaskStatus.Running or TaskStatus.Blocked))
        {
            throw VapiException.NotAllowed($"Only a RUNNING or BLOCKED import can be canceled; it is {Status.ToString().ToUpperInvariant()}.");
        }
        Status = TaskStatus.Failed;
        EndTime = now;
    }

    public ImportHistoryInfo ToInfo() => new()
    {
        Progress = new TaskProgress
        {
            Total = 100,
            Completed = (long)Math.Clamp(100 * Elapsed / Duration, 0, 100),
            Message = LocalizableMessage.Of("com.vmware.vcenter.deployment.history.progress", $"Historical data import is {Status.ToString().ToUpperInvariant()}."),
        },
        Result = Status == TaskStatus.Failed
            ? new Notifications { Errors = [new Notification { Id = "history.import.canceled", Time = EndTime, Message = LocalizableMessage.Of("history.import.canceled", "The historical data import was canceled.") }] }
            : null,
        Description = LocalizableMessage.Of(Name, Description),
        Service = "com.vmware.vcenter.deployment.history",
        Operation = "import",
        Status = Status,
        Cancelable = Status is TaskStatus.Running or TaskStatus.Blocked,
        Error = Status == TaskStatus.Failed ? "The historical data import was canceled." : null,
        StartTime = StartTime,
        EndTime = EndTime,
    };

    private void Require(TaskStatus from, TaskStatus to, string verb)
    {
        if (Status == to)
        {
            throw AlreadyInDesiredState($"The historical data import is already {to.ToString().ToUpperInvariant()}.");
        }
        if (Status != from)
        {
            throw VapiException.NotAllowed($"Only a {from.ToString().ToUpperInvariant()} import can be {verb}; it is {Status.ToString().ToUpperInvariant()}.");
        }
    }

    private static VapiException AlreadyInDesiredState(string message) =>
        new(ErrorType.AlreadyInDesiredState, "com.vmware.vapi.std.errors.already_in_desired_state", message);
}
