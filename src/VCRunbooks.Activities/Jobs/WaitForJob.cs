using Microsoft.Extensions.Logging;
using VCRunbooks.Activities.Common;
using VCRunbooks.Activities.Sessions;
using VCRunbooks.Engine.Activities;
using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Client.Errors;

namespace VCRunbooks.Activities.Jobs;

/// <summary>
/// Polls a backup, restore, reconciliation, update, stage 2 or history-import job, or a cis task, suspending on durable
/// timers between polls: outcome Succeeded, Failed, TimedOut (after <see cref="Timeout"/>), or Question when stage 2 asks one.
/// </summary>
/// <remarks>
/// Each execution reads the job once and either completes or suspends on a durable timer, so a two-hour job holds
/// no thread and survives restarts. While the job's percent moves, the next poll is just after the finish its rate
/// predicts (<see cref="PollSchedule"/>), so the end is seen within about a second instead of a backoff step later;
/// while it does not move, the delay backs off. The start, the first reading and the delay live in the step's
/// state. A 503 or dropped connection while services restart counts as "still running": the wait rides it out.
/// </remarks>
[Activity("vCenter", "Waits for a backup, restore, reconciliation, update or stage-2 job or a cis task: durable polling with backoff, progress in the journal, a timeout.", Traits = ActivityTraits.Pure | ActivityTraits.Suspends)]
[Outcomes("Succeeded", "Failed", "TimedOut", "Question")]
public sealed class WaitForJob(IVCenterSessions sessions) : VCenterActivity(sessions)
{
    /// <summary>What to poll; Deployment completes with Question when stage 2 waits for an answer.</summary>
    [Input(Required = true, Description = "What to wait for (Deployment completes with Question when stage 2 asks one).")]
    public JobKind Kind { get; set; }

    /// <summary>The backup job or cis task id; ignored for the appliance's single jobs (Restore, Update, Reconciliation, Deployment, HistoryImport).</summary>
    [Input(Description = "The job or task id (not needed for Restore).")]
    public string? JobId { get; set; }

    /// <summary>How long to wait, from the first poll, before completing with TimedOut; the job itself goes on.</summary>
    [Input(Description = "Give up (outcome TimedOut) after this long.", Default = "02:00:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromHours(2);

    /// <summary>The first delay between polls, and where the backoff starts while the percent does not move.</summary>
    [Input(Description = "The first delay between polls, and the start of the backoff while the job shows no progress.", Default = "00:00:10")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The shortest delay, used when the job's progress predicts its end is near; at most <see cref="PollInterval"/>.</summary>
    [Input(Description = "The shortest delay between polls, when the job's progress predicts its end is near.", Default = "00:00:01")]
    public TimeSpan MinPollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest delay between polls; at least <see cref="PollInterval"/>.</summary>
    [Input(Description = "The longest delay between polls.", Default = "00:02:00")]
    public TimeSpan MaxPollInterval { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Each backed-off delay is the previous one times this (at least 1).</summary>
    [Input(Description = "Each delay is the previous one times this.", Default = 1.5)]
    public double BackoffFactor { get; set; } = 1.5;

    /// <summary>The job's last state as the client's enum names it, e.g. <c>InProgress</c>; null when vCenter was never reachable.</summary>
    [Output(Description = "The job's last state as vCenter words it.")]
    public string? State { get; set; }

    /// <summary>The percent complete at the last successful poll.</summary>
    [Output(Description = "Percent complete at the last poll.")]
    public long Progress { get; set; }

    /// <summary>The job's last message (its progress text, or the failure reason on Failed); null when it has none.</summary>
    [Output(Description = "The job's last message (the failure reason when Failed).")]
    public string? Message { get; set; }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">The poll intervals or the backoff factor are inconsistent.</exception>
    protected override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, IVCenterClient client, CancellationToken cancellationToken)
    {
        var kind = Kind;

        if (PollInterval <= TimeSpan.Zero || MaxPollInterval < PollInterval || BackoffFactor < 1 || MinPollInterval <= TimeSpan.Zero || MinPollInterval > PollInterval)
        {
            throw new ArgumentException("PollInterval must be positive, MinPollInterval positive and at most PollInterval, MaxPollInterval at least PollInterval, BackoffFactor at least 1.");
        }

        var poll = context.GetState<Polling>();
        var now = context.Time.GetUtcNow();
        var startedAt = poll.StartedAtMs is { } s ? DateTimeOffset.FromUnixTimeMilliseconds(s) : now;
        poll.StartedAtMs = startedAt.ToUnixTimeMilliseconds();
        var delay = poll.DelayMs is { } d ? TimeSpan.FromMilliseconds(d) : PollInterval;
        var id = JobId ?? kind.ToString();
        Progress = poll.Progress ?? 0;

        var moved = false;
        try
        {
            var snapshot = await JobProbe.ReadAsync(client, kind, JobId, cancellationToken);
            State = snapshot.State;
            Message = snapshot.Message;
            moved = poll.Progress is not null && snapshot.Progress != Progress;
            if (snapshot.Progress != Progress || poll.Progress is null)
            {
                context.Logger.LogJobProgress(kind, id, snapshot.State, snapshot.Progress);
            }

            Progress = snapshot.Progress;
            poll.Progress = Progress;
            if (poll.FirstAtMs is null)
            {
                poll.FirstAtMs = now.ToUnixTimeMilliseconds();
                poll.FirstProgress = Progress;
            }

            if (snapshot.Phase != JobPhase.Running)
            {
                context.SetState(poll);
                return ActivityResult.Complete(snapshot.Phase.ToString());
            }

            NarrowEndBounds(poll, now);
        }
        catch (VCenterException ex) when (ex.IsTransient)
        {
            context.Logger.LogJobUnreachable(kind, id, ex.Message, delay);
        }

        if (now - startedAt >= Timeout)
        {
            context.Logger.LogJobTimedOut(kind, id, Timeout);
            context.SetState(poll);
            return ActivityResult.Complete("TimedOut");
        }

        var schedule = new PollSchedule(MinPollInterval, MaxPollInterval, BackoffFactor);
        TimeSpan next;
        bool nearEnd;
        if (poll.EndHiMs is { } hiMs && now.ToUnixTimeMilliseconds() < hiMs)
        {
            (next, nearEnd) = schedule.ByEndBounds(DateTimeOffset.FromUnixTimeMilliseconds((long)poll.EndLoMs!.Value), DateTimeOffset.FromUnixTimeMilliseconds((long)hiMs), now);
        }
        else if (moved && poll.FirstAtMs is { } firstAt)
        {
            (next, nearEnd) = schedule.UntilEstimatedEnd(DateTimeOffset.FromUnixTimeMilliseconds(firstAt), poll.FirstProgress!.Value, now, Progress);
        }
        else
        {
            // No estimate, or the job ran past the end its readings bounded (it is not linear): back off.
            poll.EndLoMs = poll.EndHiMs = null;
            (next, nearEnd) = (schedule.BackOff(delay, poll.DelayMs is null), false);
        }

        // Should the end not have come by a poll aimed at it, back off from the floor rather than from that delay.
        poll.DelayMs = (nearEnd ? MinPollInterval : next).TotalMilliseconds;
        context.SetState(poll);
        var wake = startedAt + Timeout < now + next ? startedAt + Timeout : now + next;
        return context.SuspendUntil(wake);
    }

    /// <summary>
    /// For a job first read at 0 % (it started then) whose percent grows linearly, a reading of p at t puts its end
    /// in (t0 + (t - t0) * 100 / (p + 1), t0 + (t - t0) * 100 / p]; every reading narrows the bounds, so polls spread over
    /// a long job pin its end far below one percent's worth of time. Readings that contradict them start them over.
    /// </summary>
    private void NarrowEndBounds(Polling poll, DateTimeOffset now)
    {
        if (poll.FirstProgress != 0 || Progress <= 0 || Progress >= 100)
        {
            return;
        }

        var t0 = poll.FirstAtMs!.Value;
        var elapsed = now.ToUnixTimeMilliseconds() - t0;
        var lo = t0 + elapsed * 100.0 / (Progress + 1);
        var hi = t0 + elapsed * 100.0 / Progress;
        if (poll.EndLoMs is { } knownLo && poll.EndHiMs is { } knownHi && Math.Max(lo, knownLo) <= Math.Min(hi, knownHi))
        {
            lo = Math.Max(lo, knownLo);
            hi = Math.Min(hi, knownHi);
        }

        poll.EndLoMs = lo;
        poll.EndHiMs = hi;
    }

    /// <summary>What the polling keeps across its suspensions: when it began, the first and last readings, the last delay, and the bounds on the job's end.</summary>
    private sealed class Polling
    {
        public long? StartedAtMs { get; set; }
        public double? DelayMs { get; set; }
        public long? Progress { get; set; }
        public long? FirstAtMs { get; set; }
        public long? FirstProgress { get; set; }
        public double? EndLoMs { get; set; }
        public double? EndHiMs { get; set; }
    }
}
