using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VCRunbooks.Contracts.Runs;
using VCRunbooks.Engine.Activities;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Persistence;

namespace VCRunbooks.Engine.Runs;

/// <summary>Executes one token's activity and applies the result to the session; returns whether a commit is due.</summary>
internal sealed class TokenExecutor(RunServices services, ILogger<TokenExecutor> logger)
{
    public const string RetryBookmark = "__retry";
    public const string TimeoutBookmark = "__timeout";

    private readonly ConcurrentDictionary<Type, ILogger> _loggers = new();

    public async Task<bool> ExecuteAsync(RunSession session, RunToken token, CancellationToken runCancellation)
    {
        var definition = session.Plan.Activities[token.ActivityId];
        var descriptor = session.Plan.Descriptors[token.ActivityId];
        var loopReturned = false;
        if (token.Resume is null && token.Loops.Count > 0 && token.Loops[^1].ForEachId == token.ActivityId)
        {
            // A body token came back to its ForEach: it leaves the iteration scope here.
            token.Loops.RemoveAt(token.Loops.Count - 1);
            loopReturned = true;
        }

        if (token.Resume is { Name: RetryBookmark })
        {
            token.Resume = null;
        }

        var firstExecution = !token.Started;
        if (firstExecution)
        {
            token.Started = true;
            token.TimeoutAtMs = definition.Timeout is { } t ? session.NowMs + (long)t.TotalMilliseconds : null;
            if (services.Options.PublishActivityEvents)
            {
                session.Emit(new ActivityStarted { RunId = session.RunId, ActivityId = token.ActivityId, ActivityType = descriptor.Type, Attempt = token.Attempt, At = session.Time.GetUtcNow() });
            }
        }

        ActivityResult result;
        try
        {
            if (token.Resume is { Name: TimeoutBookmark })
            {
                throw new TimeoutException($"Activity '{token.ActivityId}' timed out after {definition.Timeout}.");
            }

            var activity = (Activity)ActivatorUtilities.GetServiceOrCreateInstance(services.Services, descriptor.ClrType);
            InputBinder.Bind(activity, session, token, descriptor, runCancellation);
            // Only an activity with a timeout pays for a timer and a linked token source.
            using var timeout = token.TimeoutAtMs is { } due
                ? new CancellationTokenSource(TimeSpan.FromMilliseconds(Math.Max(1, due - session.NowMs)), session.Time)
                : null;
            using var linked = timeout is null ? null : CancellationTokenSource.CreateLinkedTokenSource(runCancellation, timeout.Token);
            var journalLogger = new JournalLogger(session, token.ActivityId, _loggers.GetOrAdd(descriptor.ClrType, services.Loggers.CreateLogger));
            var context = new ActivityContext(session, token, descriptor.Type, journalLogger, linked?.Token ?? runCancellation) { LoopReturned = loopReturned };
            try
            {
                result = await activity.ExecuteAsync(context);
            }
            catch (OperationCanceledException) when (timeout is { IsCancellationRequested: true } && !runCancellation.IsCancellationRequested)
            {
                throw new TimeoutException($"Activity '{token.ActivityId}' timed out after {definition.Timeout}.");
            }

            if (!result.IsSuspended)
            {
                session.State.Outputs[token.ActivityId] = InputBinder.ReadOutputs(activity, descriptor);
            }
        }
        catch (Scripts.ScriptCheckpointException ex)
        {
            // A commit from inside the step failed: the pass fails as if the runner's own commit had.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(ex.InnerException!);
            throw;
        }
        catch (Exception ex) when (!runCancellation.IsCancellationRequested)
        {
            Fault(session, token, definition, descriptor, ex);
            return true;
        }

        token.Resume = null;
        token.MoreResumes = null;
        if (result.IsSuspended)
        {
            // An activity that completes at once gets one journal line; one that waits gets a start line too.
            if (firstExecution)
            {
                session.AddJournal("activity-started", token.ActivityId, $"{descriptor.Type} started (attempt {token.Attempt})");
            }

            Suspend(session, token, result);
            return true;
        }

        session.RemoveToken(token);
        if (result.Iterations is { } iterations)
        {
            foreach (var (index, item) in iterations)
            {
                session.Follow(token, ["Iterate"], [.. token.Loops, new LoopFrame { ForEachId = token.ActivityId, Index = index, Item = item }]);
            }

            return !descriptor.Traits.HasFlag(ActivityTraits.Pure);
        }

        session.AddJournal("activity-completed", token.ActivityId, $"{descriptor.Type} completed (attempt {token.Attempt}): {string.Join(", ", result.Outcomes)}");
        if (services.Options.PublishActivityEvents)
        {
            session.Emit(new ActivityCompleted { RunId = session.RunId, ActivityId = token.ActivityId, ActivityType = descriptor.Type, Outcomes = result.Outcomes, At = session.Time.GetUtcNow() });
        }

        session.State.ActivityState.Remove(token.ScopeKey);
        if (token.Compensating)
        {
            session.NextCompensation();
            return true;
        }

        if (definition.Compensation is not null)
        {
            session.State.CompensationStack.Add(token.ActivityId);
        }

        if (descriptor.Type == "End")
        {
            session.EndAllBranches();
            return true;
        }

        session.Follow(token, result.Outcomes);
        return !descriptor.Traits.HasFlag(ActivityTraits.Pure);
    }

    private static void Suspend(RunSession session, RunToken token, ActivityResult result)
    {
        session.DropBookmarks(token);
        foreach (var b in result.Bookmarks)
        {
            var kind = b.IsTimer ? BookmarkKinds.Timer : BookmarkKinds.Event;
            session.AddBookmark(token, kind, b.Name, b.CorrelationKey, b.DueAt?.ToUnixTimeMilliseconds(), b.Metadata);
        }

        if (token.TimeoutAtMs is { } due)
        {
            session.AddBookmark(token, BookmarkKinds.Timer, TimeoutBookmark, null, due, null);
        }

        session.AddJournal("activity-suspended", token.ActivityId, $"Waiting on {string.Join(", ", result.Bookmarks.Select(Describe))}");
    }

    private static string Describe(BookmarkRequest b) =>
        b.IsTimer ? $"timer {b.Name} due {b.DueAt:O}" : $"event {b.Name} ({b.CorrelationKey})";

    private void Fault(RunSession session, RunToken token, ActivityDefinition definition, ActivityDescriptor descriptor, Exception ex)
    {
        var transient = services.Options.IsTransient(ex) || definition.Retry?.RetryAllErrors == true;
        var retry = definition.Retry is { } r && transient && token.Attempt < r.MaxAttempts ? r : null;
        DateTimeOffset? retryAt = null;
        var failedAttempt = token.Attempt;
        session.DropBookmarks(token);
        if (retry is not null)
        {
            retryAt = session.Time.GetUtcNow() + Backoff.Delay(retry, token.Attempt, $"{session.RunId}:{token.ScopeKey}");
            token.Attempt++;
            token.Started = false;
            token.Resume = null;
            token.MoreResumes = null;
            token.TimeoutAtMs = null;
            session.AddBookmark(token, BookmarkKinds.Timer, RetryBookmark, null, retryAt.Value.ToUnixTimeMilliseconds(), null);
        }

        logger.LogWarning(ex, "Activity {ActivityId} of run {RunId} failed on attempt {Attempt}; retry: {WillRetry}", token.ActivityId, session.RunId, failedAttempt, retry is not null);
        session.AddJournal("activity-faulted", token.ActivityId, $"{descriptor.Type} failed on attempt {failedAttempt}: {ex.Message}" + (retryAt is { } at ? $"; retrying at {at:O}" : string.Empty));
        session.Emit(new ActivityFaulted
        {
            RunId = session.RunId,
            ActivityId = token.ActivityId,
            ActivityType = descriptor.Type,
            Attempt = failedAttempt,
            Error = ex.Message,
            WillRetry = retry is not null,
            RetryAt = retryAt,
            At = session.Time.GetUtcNow(),
        });
        if (retry is null)
        {
            session.FaultRun(token, ex);
        }
    }
}
