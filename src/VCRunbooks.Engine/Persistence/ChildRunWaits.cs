using System.Text.Json.Nodes;
using VCRunbooks.Engine.Runs;

namespace VCRunbooks.Engine.Persistence;

/// <summary>
/// The meeting point of a child run's end and its parent's wait for it. A finishing child marks the parent's
/// wait triggered; a parent that writes a wait anew for a child it started earlier (a script suspending again
/// on the calls still open, or replaying after a restart) may replace the wait the child has just marked, so
/// such a wait first looks at the child: when it already ended, the wait is born triggered with the child's
/// result. On PostgreSQL both sides take a transaction-scoped advisory lock on the child's id before touching
/// the wait, or under read committed each could miss the other's uncommitted row. SQLite needs no lock: its
/// write transactions run one at a time.
/// </summary>
internal static class ChildRunWaits
{
    /// <summary>Locks the child run ids of the waits this commit writes anew (first in the commit, sorted: no deadlock).</summary>
    public static async Task LockRenewedAsync(StoreSession tx, RunSession session, bool postgres, CancellationToken cancellationToken)
    {
        if (!postgres)
        {
            return;
        }

        foreach (var child in Renewed(session).Select(b => b.CorrelationKey!).Distinct().Order(StringComparer.Ordinal))
        {
            await LockAsync(tx, child, cancellationToken);
        }
    }

    /// <summary>Each renewed wait whose child already ended is inserted triggered; the run is dispatched again after the commit.</summary>
    public static async Task CatchUpAsync(StoreSession tx, RunSession session, CancellationToken cancellationToken)
    {
        foreach (var wait in Renewed(session))
        {
            var ended = await tx.QueryAsync(
                "SELECT status, state, error FROM runs WHERE id = @p0",
                [wait.CorrelationKey],
                reader => (Status: reader.GetString(0), State: reader.GetString(1), Error: reader.IsDBNull(2) ? null : reader.GetString(2)),
                cancellationToken);
            if (ended.Count == 0 || !Enum.TryParse<RunStatus>(ended[0].Status, out var status) || status is not (RunStatus.Completed or RunStatus.Faulted or RunStatus.Cancelled))
            {
                continue;
            }

            wait.Triggered = true;
            wait.Payload = Notification(wait.CorrelationKey!, status, RunStateJson.Deserialize(ended[0].State).Variables, ended[0].Error).ToJsonString();
            session.DispatchAfterCommit.Add(session.RunId);
        }
    }

    /// <summary>The ending child's side: marks the parent's wait for it triggered, under the same lock.</summary>
    public static async Task NotifyParentAsync(StoreSession tx, RunSession session, string parentRunId, bool postgres, CancellationToken cancellationToken)
    {
        if (session.ParentNotification is not { } notification)
        {
            return;
        }

        if (postgres)
        {
            await LockAsync(tx, session.RunId, cancellationToken);
        }

        await tx.ExecuteAsync(
            "UPDATE bookmarks SET triggered = @p0, payload = @p1 WHERE run_id = @p2 AND name = @p3 AND correlation_key = @p4",
            [true, notification.ToJsonString(), parentRunId, RunSession.ChildRunBookmark, session.RunId],
            cancellationToken);
    }

    /// <summary>What a parent's wait receives when its child run ends.</summary>
    public static JsonObject Notification(string childRunId, RunStatus status, JsonObject variables, string? error) => new()
    {
        ["runId"] = childRunId,
        ["status"] = status.ToString(),
        ["variables"] = variables.DeepClone(),
        ["error"] = error,
    };

    /// <summary>Waits on a child run written in this commit for a child that an earlier commit started.</summary>
    private static IEnumerable<BookmarkRecord> Renewed(RunSession session) =>
        session.NewBookmarks.Where(b => b.Name == RunSession.ChildRunBookmark && !b.Triggered && b.CorrelationKey is { } child
            && !session.NewChildRuns.Any(r => r.Id == child));

    private static Task<int> LockAsync(StoreSession tx, string childRunId, CancellationToken cancellationToken) =>
        tx.ExecuteAsync("SELECT pg_advisory_xact_lock(hashtextextended(@p0, 0))", ["child-run\u001f" + childRunId], cancellationToken);
}
