using System.Collections.Concurrent;
using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Errors;
using TaskStatus = VCRunbooks.VCenter.Common.TaskStatus;

namespace VCRunbooks.Simulator.Tasks;

/// <summary>The cis tasks of one appliance, advanced with the appliance's simulated time.</summary>
public sealed class CisTaskStore(Appliance appliance)
{
    private readonly ConcurrentDictionary<string, CisTask> _tasks = new(StringComparer.Ordinal);
    private long _next;

    /// <summary>Starts a task at the clock's current time; it completes as simulated time passes its duration.</summary>
    public CisTask Start(CisTaskSpec spec)
    {
        var now = appliance.Clock.GetUtcNow();
        // Opaque ids, like a real vCenter's: clients must not parse them.
        var id = $"{Guid.NewGuid():D}:{spec.Service}";
        var task = new CisTask(id, spec, now);
        _tasks[id] = task;
        Interlocked.Increment(ref _next);
        if (spec.Duration <= TimeSpan.Zero)
        {
            Finish(task, now);
        }
        return task;
    }

    /// <summary>The task with that id (<c>GET /api/cis/tasks/{task}</c>), or null.</summary>
    public CisTask? Find(string id) => _tasks.GetValueOrDefault(id);

    /// <summary>Every task the appliance has started, finished ones included.</summary>
    public IReadOnlyCollection<CisTask> All => [.. _tasks.Values];

    /// <summary>Cancels a running cancelable task: it fails with CANCELED at <paramref name="now"/>; otherwise throws UNSUPPORTED (400).</summary>
    public void Cancel(CisTask task, DateTimeOffset now)
    {
        if (task.IsDone || !task.Spec.Cancelable)
        {
            throw new VapiException(ErrorType.Unsupported, "com.vmware.cis.tasks.not_cancelable", $"Task '{task.Id}' cannot be canceled.", task.Id);
        }
        task.Status = TaskStatus.Failed;
        task.EndTime = now;
        task.Error = new VapiError
        {
            ErrorType = ErrorType.Canceled,
            Messages = [VCRunbooks.VCenter.Common.LocalizableMessage.Of("com.vmware.cis.tasks.canceled", "The task was canceled.")],
        };
    }

    internal void Advance(DateTimeOffset now)
    {
        foreach (var task in _tasks.Values)
        {
            if (task.IsDone)
            {
                continue;
            }
            var elapsed = now - task.StartTime;
            if (elapsed >= task.Spec.Duration)
            {
                Finish(task, task.StartTime + task.Spec.Duration);
            }
            else
            {
                task.Completed = Math.Clamp((long)(100 * elapsed / task.Spec.Duration), 0, 99);
            }
        }
    }

    private static void Finish(CisTask task, DateTimeOffset at)
    {
        try
        {
            task.Result = task.Spec.Complete(at);
            task.Status = TaskStatus.Succeeded;
            task.Completed = 100;
        }
        catch (VapiException ex)
        {
            task.Status = TaskStatus.Failed;
            task.Error = ex.Error;
        }
        task.EndTime = at;
    }
}
