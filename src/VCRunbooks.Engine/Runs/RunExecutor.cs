using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using VCRunbooks.Contracts.Runs;
using VCRunbooks.Engine.Activities;
using VCRunbooks.Engine.Persistence;
using VCRunbooks.Engine.Timers;

namespace VCRunbooks.Engine.Runs;

/// <summary>
/// One pass of a run: load it with its fired signals, step ready tokens until all are done or waiting,
/// committing per the commit strategy. Stepping is deterministic: time comes only from the TimeProvider.
/// </summary>
internal sealed partial class RunExecutor(RunServices services, RunStore store, TokenExecutor tokens, TimerWakeups wakeups, ILogger<RunExecutor> logger)
{
    /// <summary>Executes a pass; returns the runs to dispatch next (children started, parents woken).</summary>
    public async Task<IReadOnlyList<string>> ExecuteAsync(string runId, CancellationToken runCancellation, CancellationToken cancellationToken)
    {
        var now = services.Options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();
        var loaded = await store.LoadAsync(runId, now, cancellationToken);
        if (loaded is null || IsFinished(loaded.Record.Status))
        {
            return [];
        }

        var plan = await services.Definitions.GetPlanAsync(loaded.Record.DefinitionId, loaded.Record.DefinitionVersion, cancellationToken);
        var session = new RunSession(services, loaded.Record, RunStateJson.Deserialize(loaded.Record.State), plan);
        var statusAtStart = session.Status;
        var dispatch = new List<string>();
        if (loaded.Fired.Any(b => b.Kind == BookmarkKinds.Cancel))
        {
            foreach (var b in loaded.Fired.Where(b => b.Kind == BookmarkKinds.Cancel))
            {
                session.DeletedBookmarks.Add(b.Id);
            }

            session.Cancel();
            await store.CommitAsync(session, cancellationToken);
            return session.DispatchAfterCommit;
        }

        ApplySignals(session, loaded.Fired);
        if (session.NextReady() is null && !session.HasChanges)
        {
            return [];
        }

        if (statusAtStart == RunStatus.Suspended && session.NextReady() is not null)
        {
            session.Status = RunStatus.Running;
            session.Emit(new RunResumed { RunId = runId, Reason = string.Join(", ", loaded.Fired.Select(b => b.Name).Distinct()), At = session.Time.GetUtcNow() });
        }

        session.Checkpoint = ct => CommitAsync(session, dispatch, ct);
        while (session.NextReady() is { } token)
        {
            runCancellation.ThrowIfCancellationRequested();
            var commitDue = await tokens.ExecuteAsync(session, token, runCancellation);
            if (commitDue || services.Options.CommitStrategy == CommitStrategy.EveryActivity)
            {
                if (session.Status is RunStatus.Faulted)
                {
                    break;
                }

                await CommitAsync(session, dispatch, cancellationToken);
            }
        }

        session.Finish(statusAtStart);
        await CommitAsync(session, dispatch, cancellationToken);
        LogPassEnded(logger, runId, session.Status);
        return dispatch;
    }

    private async Task CommitAsync(RunSession session, List<string> dispatch, CancellationToken cancellationToken)
    {
        var timers = session.NewBookmarks.Where(b => b.DueAtMs is not null).Select(b => b.DueAtMs!.Value).DefaultIfEmpty(long.MaxValue).Min();
        await store.CommitAsync(session, cancellationToken);
        if (timers != long.MaxValue)
        {
            wakeups.TimerCreated(timers);
        }

        dispatch.AddRange(session.DispatchAfterCommit);
        session.DispatchAfterCommit.Clear();
    }

    private static void ApplySignals(RunSession session, IReadOnlyList<BookmarkRecord> fired)
    {
        var owners = fired.Select(b => session.State.Tokens.FirstOrDefault(t => t.BookmarkIds.Contains(b.Id))).ToList();
        var resumedNow = new HashSet<RunToken>();
        for (var i = 0; i < fired.Count; i++)
        {
            var bookmark = fired[i];
            var token = owners[i];
            if (token is not null && resumedNow.Contains(token))
            {
                // Another wait of a step resumed in this pass (a script waits on several at once): it goes along.
                (token.MoreResumes ??= []).Add(ToResumption(bookmark));
                continue;
            }

            if (token is null)
            {
                // Its token already resumed through a sibling bookmark (e.g. the answer beat the timeout).
                session.DeletedBookmarks.Add(bookmark.Id);
                session.HasChanges = true;
                continue;
            }

            if (token.Status != TokenStatus.Suspended)
            {
                continue;
            }

            session.DropBookmarks(token);
            token.Status = TokenStatus.Ready;
            token.Resume = ToResumption(bookmark);
            resumedNow.Add(token);
            session.AddJournal("resumed", token.ActivityId, bookmark.Kind == BookmarkKinds.Timer ? $"Timer {bookmark.Name} fired" : $"Event {bookmark.Name} ({bookmark.CorrelationKey}) arrived");
        }
    }

    private static Resumption ToResumption(BookmarkRecord bookmark) => new()
    {
        Name = bookmark.Name,
        CorrelationKey = bookmark.CorrelationKey,
        IsTimer = bookmark.Kind == BookmarkKinds.Timer,
        Payload = bookmark.Payload is null ? null : JsonNode.Parse(bookmark.Payload),
    };

    internal static bool IsFinished(string status) =>
        status is nameof(RunStatus.Completed) or nameof(RunStatus.Faulted) or nameof(RunStatus.Cancelled);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Run {RunId} pass ended {Status}")]
    private static partial void LogPassEnded(ILogger logger, string runId, RunStatus status);
}
