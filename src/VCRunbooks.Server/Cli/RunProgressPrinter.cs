using System.Globalization;
using VCRunbooks.Engine;
using VCRunbooks.Engine.Runs;
using VCRunbooks.Server.Live;

namespace VCRunbooks.Server.Cli;

/// <summary>Prints a run's journal lines and state changes as its events arrive, until it finishes.</summary>
internal sealed class RunProgressPrinter(IRunbookEngine engine, TextWriter output, string runId)
{
    private long _journalSeq;

    public async Task<RunDetails> FollowAsync(RunEventHub hub, RunEventHub.Subscription subscription, CancellationToken cancellationToken)
    {
        RunEventHub.Subscription? renewed = null;
        try
        {
            // Catch up first: the run may have moved, or even finished, before the first event is read.
            if (await PrintAndCheckAsync(cancellationToken) is { } early)
            {
                return early;
            }
            while (true)
            {
                if (await FollowEventsAsync(renewed ?? subscription, cancellationToken) is { } done)
                {
                    return done;
                }
                if (!(renewed ?? subscription).Overflowed)
                {
                    throw new OperationCanceledException(cancellationToken);
                }
                // A run emitting faster than the terminal prints was cut off by the hub: listen again, then catch up
                // from the journal, which holds everything the dropped events would have triggered.
                renewed?.Dispose();
                renewed = hub.Subscribe(runId);
                if (await PrintAndCheckAsync(cancellationToken) is { } caughtUp)
                {
                    return caughtUp;
                }
            }
        }
        finally
        {
            renewed?.Dispose();
        }
    }

    /// <summary>Prints as events arrive; the final state once the run finished, or null when the subscription ended first.</summary>
    private async Task<RunDetails?> FollowEventsAsync(RunEventHub.Subscription subscription, CancellationToken cancellationToken)
    {
        await foreach (var e in subscription.Reader.ReadAllAsync(cancellationToken))
        {
            if (e.RunId != runId)
            {
                continue;
            }
            if (e.Type is "QuestionRaised" or "RunSuspended" or "RunResumed")
            {
                output.WriteLine($"  [{e.Type}] {e.Payload}");
            }
            if (await PrintAndCheckAsync(cancellationToken) is { } done)
            {
                return done;
            }
        }
        return null;
    }

    private async Task<RunDetails?> PrintAndCheckAsync(CancellationToken cancellationToken)
    {
        // Status first, journal second: a finished run's journal read afterwards holds every line up to the end.
        var run = await engine.GetRunAsync(runId, cancellationToken);
        foreach (var line in await engine.GetJournalAsync(runId, _journalSeq, cancellationToken))
        {
            _journalSeq = line.Seq;
            output.WriteLine($"  {line.At.ToString("HH:mm:ss", CultureInfo.InvariantCulture)} {line.Kind,-10} {line.ActivityId,-16} {line.Message}");
        }
        return run?.Status is RunStatus.Completed or RunStatus.Faulted or RunStatus.Cancelled ? run : null;
    }
}
