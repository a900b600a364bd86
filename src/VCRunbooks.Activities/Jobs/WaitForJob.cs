using Microsoft.Extensions.Logging;
using VCRunbooks.Activities.Common;
using VCRunbooks.Activities.Sessions;
using VCRunbooks.Engine.Activities;
using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Client.Errors;

namespace VCRunbooks.Activities.Jobs;

/// <remarks>
/// Each execution reads the job once and either completes or suspends on a durable timer, so a two-hour job holds
/// no thread and survives restarts. The start time and current delay live in the step's state. A 503 or dropped
/// connection while services restart counts as "still running": the wait rides it out instead of faulting.
/// </remarks>
[Activity("vCenter", "Waits for a backup, restore, reconciliation, update or stage-2 job or a cis task: durable polling with backoff, progress in the journal, a timeout.", Traits = ActivityTraits.Pure | ActivityTraits.Suspends)]
[Outcomes("Succeeded", "Failed", "TimedOut", "Question")]
public sealed class WaitForJob(IVCenterSessions sessions) : VCenterActivity(sessions)
{
    [Input(Required = true, Description = "Backup, Restore, Task, Update, Reconciliation or Deployment (which completes with Question when stage 2 asks one).")]
    public string Kind { get; set; } = string.Empty;

    [Input(Description = "The job or task id (not needed for Restore).")]
    public string? JobId { get; set; }

    [Input(Description = "Give up (outcome TimedOut) after this long.", Default = "02:00:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromHours(2);

    [Input(Description = "The first delay between polls.", Default = "00:00:10")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    [Input(Description = "The longest delay between polls.", Default = "00:02:00")]
    public TimeSpan MaxPollInterval { get; set; } = TimeSpan.FromMinutes(2);

    [Input(Description = "Each delay is the previous one times this.", Default = 1.5)]
    public double BackoffFactor { get; set; } = 1.5;

    [Output(Description = "The job's last state as vCenter words it.")]
    public string? State { get; set; }

    [Output(Description = "Percent complete at the last poll.")]
    public long Progress { get; set; }

    [Output(Description = "The job's last message (the failure reason when Failed).")]
    public string? Message { get; set; }

    protected override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, IVCenterClient client, CancellationToken cancellationToken)
    {
        if (!Enum.TryParse<JobKind>(Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            throw new ArgumentException($"Kind '{Kind}' is not one of {string.Join(", ", Enum.GetNames<JobKind>())}.");
        }

        if (PollInterval <= TimeSpan.Zero || MaxPollInterval < PollInterval || BackoffFactor < 1)
        {
            throw new ArgumentException("PollInterval must be positive, MaxPollInterval at least PollInterval, BackoffFactor at least 1.");
        }

        var state = context.State;
        var now = context.Time.GetUtcNow();
        var startedAt = state["startedAtMs"] is { } s ? DateTimeOffset.FromUnixTimeMilliseconds(s.GetValue<long>()) : now;
        state["startedAtMs"] = startedAt.ToUnixTimeMilliseconds();
        var delay = state["delayMs"] is { } d ? TimeSpan.FromMilliseconds(d.GetValue<double>()) : PollInterval;
        var id = JobId ?? kind.ToString();
        Progress = state["progress"]?.GetValue<long>() ?? 0;

        try
        {
            var snapshot = await JobProbe.ReadAsync(client, kind, JobId, cancellationToken);
            State = snapshot.State;
            Message = snapshot.Message;
            if (snapshot.Progress != Progress || state["progress"] is null)
            {
                context.Logger.LogJobProgress(kind, id, snapshot.State, snapshot.Progress);
            }

            Progress = snapshot.Progress;
            state["progress"] = Progress;
            if (snapshot.Phase != JobPhase.Running)
            {
                return ActivityResult.Complete(snapshot.Phase.ToString());
            }
        }
        catch (VCenterException ex) when (ex.IsTransient || ex is VCenterConnectionException)
        {
            context.Logger.LogJobUnreachable(kind, id, ex.Message, delay);
        }

        if (now - startedAt >= Timeout)
        {
            context.Logger.LogJobTimedOut(kind, id, Timeout);
            return ActivityResult.Complete("TimedOut");
        }

        var next = TimeSpan.FromMilliseconds(Math.Min(MaxPollInterval.TotalMilliseconds, delay.TotalMilliseconds * BackoffFactor));
        state["delayMs"] = next.TotalMilliseconds;
        var wake = startedAt + Timeout < now + delay ? startedAt + Timeout : now + delay;
        return context.SuspendUntil(wake);
    }
}
