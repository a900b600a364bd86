using System.Data.Common;
using VCRunbooks.Engine.Runs;

namespace VCRunbooks.Engine.Persistence;

/// <summary>
/// The meeting point of an event and its wait, whichever comes first. Raising an event triggers the waits
/// that exist or, when none does, keeps the event in pending_events until it expires; committing a new
/// event wait first consumes the oldest live pending event for it, in the same transaction, so the wait
/// is born triggered. On PostgreSQL both sides take a transaction-scoped advisory lock on (name, key):
/// under read committed each would otherwise miss the other's uncommitted row and the event would be
/// lost between them. SQLite needs no lock: its write transactions (BEGIN IMMEDIATE) run one at a time.
/// </summary>
internal static class PendingEvents
{
    /// <summary>Marks every untriggered wait on (name, key) triggered with the payload; returns their runs.</summary>
    public static async Task<List<string>> TriggerWaitsAsync(DbConnection connection, DbTransaction tx, string name, string correlationKey, string? payload, CancellationToken cancellationToken)
    {
        var runs = new List<string>();
        await using var command = SqlBatch.Command(connection, tx,
            "UPDATE bookmarks SET triggered = @p0, payload = @p1 WHERE kind = @p2 AND name = @p3 AND correlation_key = @p4 AND triggered = @p5 RETURNING run_id",
            [true, payload, BookmarkKinds.Event, name, correlationKey, false]);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            runs.Add(reader.GetString(0));
        }

        return runs;
    }

    /// <summary>Keeps an event no wait took, and drops the pending events that expired meanwhile.</summary>
    public static async Task KeepAsync(DbConnection connection, DbTransaction tx, string name, string correlationKey, string? payload, long nowMs, long expiresAtMs, CancellationToken cancellationToken)
    {
        await SqlBatch.ExecuteAsync(connection, tx, "DELETE FROM pending_events WHERE expires_at_ms <= @p0", [nowMs], cancellationToken);
        await SqlBatch.ExecuteAsync(connection, tx,
            "INSERT INTO pending_events (id, name, correlation_key, payload, created_at_ms, expires_at_ms) VALUES (@p0, @p1, @p2, @p3, @p4, @p5)",
            [Guid.NewGuid().ToString("N"), name, correlationKey, payload, nowMs, expiresAtMs],
            cancellationToken);
    }

    /// <summary>
    /// Before a commit inserts the session's new event waits: each takes the oldest live pending event on its
    /// (name, key), if any, and is inserted already triggered; the run is dispatched again after the commit.
    /// </summary>
    public static async Task ConsumeAsync(StoreSession tx, RunSession session, bool postgres, CancellationToken cancellationToken)
    {
        var waits = session.NewBookmarks
            .Where(b => b.Kind == BookmarkKinds.Event && !b.Triggered && b.CorrelationKey is not null && b.Name != RunSession.ChildRunBookmark)
            .ToList();
        if (waits.Count == 0)
        {
            return;
        }

        if (postgres)
        {
            // Sorted, so two passes locking several keys cannot deadlock each other.
            var keys = waits.Select(w => (Name: w.Name, Key: w.CorrelationKey!)).Distinct()
                .OrderBy(k => k.Name, StringComparer.Ordinal).ThenBy(k => k.Key, StringComparer.Ordinal);
            foreach (var (name, key) in keys)
            {
                await tx.ExecuteAsync(LockSql, [LockKey(name, key)], cancellationToken);
            }
        }

        foreach (var wait in waits)
        {
            var taken = await tx.QueryAsync(
                "DELETE FROM pending_events WHERE id = (SELECT id FROM pending_events WHERE name = @p0 AND correlation_key = @p1 AND expires_at_ms > @p2 " +
                "ORDER BY created_at_ms, id LIMIT 1) RETURNING payload",
                [wait.Name, wait.CorrelationKey, session.NowMs],
                reader => reader.IsDBNull(0) ? null : reader.GetString(0),
                cancellationToken);
            if (taken.Count > 0)
            {
                wait.Triggered = true;
                wait.Payload = taken[0];
                session.DispatchAfterCommit.Add(session.RunId);
            }
        }
    }

    /// <summary>PostgreSQL only: serialises raising and waiting on one (name, key) until the transaction ends.</summary>
    public static Task LockAsync(DbConnection connection, DbTransaction tx, string name, string correlationKey, CancellationToken cancellationToken) =>
        SqlBatch.ExecuteAsync(connection, tx, LockSql, [LockKey(name, correlationKey)], cancellationToken);

    private const string LockSql = "SELECT pg_advisory_xact_lock(hashtextextended(@p0, 0))";

    private static string LockKey(string name, string correlationKey) => name + "\u001f" + correlationKey;
}
