using System.Data.Common;
using VCRunbooks.Engine.Runs;

namespace VCRunbooks.Engine.Persistence;

/// <summary>Reads runs with their fired signals and commits a pass: state, journal, outbox and bookmarks in one transaction.</summary>
internal sealed class RunStore(StoreSessions sessions, CommitObservers observers, EngineOptions options)
{
    private static readonly string[] RunColumns =
        ["id", "definition_id", "definition_version", "status", "state", "parent_run_id", "idempotency_key", "error", "created_at_ms", "updated_at_ms", "revision", "target"];

    /// <summary>The run and its fired signals in one round trip of two plain queries (the resume hot path).</summary>
    public async Task<LoadedRun?> LoadAsync(string runId, long nowMs, CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(cancellationToken);
        var run = await ReadAsync(session, runId, cancellationToken);
        if (run is null)
        {
            return null;
        }

        var fired = await session.QueryAsync(
            "SELECT id, run_id, kind, name, correlation_key, due_at_ms, triggered, payload, metadata, created_at_ms FROM bookmarks " +
            "WHERE run_id = @p0 AND (triggered = @p1 OR (due_at_ms IS NOT NULL AND due_at_ms <= @p2)) ORDER BY due_at_ms, created_at_ms",
            [runId, true, nowMs], ReadBookmark, cancellationToken);
        return new LoadedRun(run, fired);
    }

    /// <summary>The run's row, or null.</summary>
    public static async Task<RunRecord?> ReadAsync(StoreSession session, string runId, CancellationToken cancellationToken)
    {
        var runs = await session.QueryAsync(
            "SELECT id, definition_id, definition_version, status, state, parent_run_id, idempotency_key, error, created_at_ms, updated_at_ms, revision, target FROM runs WHERE id = @p0",
            [runId], ReadRun, cancellationToken);
        return runs.Count == 0 ? null : runs[0];
    }

    /// <summary>The run started with this idempotency key, or null.</summary>
    public static async Task<RunRecord?> ReadByKeyAsync(StoreSession session, string idempotencyKey, CancellationToken cancellationToken)
    {
        var runs = await session.QueryAsync(
            "SELECT id, definition_id, definition_version, status, state, parent_run_id, idempotency_key, error, created_at_ms, updated_at_ms, revision, target FROM runs WHERE idempotency_key = @p0",
            [idempotencyKey], ReadRun, cancellationToken);
        return runs.Count == 0 ? null : runs[0];
    }

    /// <summary>The run's bookmarks other than cancel requests: what it waits on.</summary>
    public static Task<List<BookmarkRecord>> ReadWaitsAsync(StoreSession session, string runId, CancellationToken cancellationToken) =>
        session.QueryAsync(
            "SELECT id, run_id, kind, name, correlation_key, due_at_ms, triggered, payload, metadata, created_at_ms FROM bookmarks WHERE run_id = @p0 AND kind <> @p1",
            [runId, BookmarkKinds.Cancel], ReadBookmark, cancellationToken);

    public async Task CommitAsync(RunSession session, CancellationToken cancellationToken)
    {
        // The store's session is handed on before the observers run: one that reads the store (the rows are committed)
        // must not wait for the session it is called from (on SQLite the one writer connection).
        var status = await WriteAsync(session, cancellationToken);
        session.Record.Status = status;
        observers.Committed(session.Outbox);
        session.Committed();
    }

    /// <summary>The pass's commit in one transaction; the run's status as written.</summary>
    private async Task<string> WriteAsync(RunSession session, CancellationToken cancellationToken)
    {
        await using var tx = await sessions.OpenAsync(cancellationToken);
        await tx.BeginAsync(cancellationToken);
        var postgres = options.Provider == StorageProvider.Postgres;
        await ChildRunWaits.LockRenewedAsync(tx, session, postgres, cancellationToken);
        var record = session.Record;
        var now = session.NowMs;
        var status = session.Status.ToString();
        // Assigning an indexed column rewrites its index entry even with the same value (one more page per
        // commit in the WAL), so status is only set when it changed.
        var updated = status == record.Status
            ? await tx.ExecuteAsync(
                "UPDATE runs SET state = @p0, error = @p1, updated_at_ms = @p2, revision = @p3 WHERE id = @p4 AND revision = @p5",
                [RunStateJson.Serialize(session.State), session.State.Fault?.Message, now, record.Revision + 1, record.Id, record.Revision],
                cancellationToken)
            : await tx.ExecuteAsync(
                "UPDATE runs SET state = @p0, status = @p1, error = @p2, updated_at_ms = @p3, revision = @p4 WHERE id = @p5 AND revision = @p6",
                [RunStateJson.Serialize(session.State), status, session.State.Fault?.Message, now, record.Revision + 1, record.Id, record.Revision],
                cancellationToken);
        if (updated == 0)
        {
            throw new RunConflictException(record.Id);
        }

        foreach (var id in session.DeletedBookmarks)
        {
            await tx.ExecuteAsync("DELETE FROM bookmarks WHERE id = @p0", [id], cancellationToken);
        }

        if (session.Status is RunStatus.Completed or RunStatus.Faulted or RunStatus.Cancelled)
        {
            // Signals that arrived for a finished run have nothing left to wake.
            await tx.ExecuteAsync("DELETE FROM bookmarks WHERE run_id = @p0", [record.Id], cancellationToken);
        }

        if (record.ParentRunId is { } parent)
        {
            await ChildRunWaits.NotifyParentAsync(tx, session, parent, postgres, cancellationToken);
        }

        await tx.InsertAsync("runs", RunColumns, session.NewChildRuns.Select(RunValues), cancellationToken);
        await PendingEvents.ConsumeAsync(tx, session, postgres, cancellationToken);
        await ChildRunWaits.CatchUpAsync(tx, session, cancellationToken);
        var bookmarks = session.NewBookmarks.Concat(session.CancelChildren.Distinct().Select(child => CancelSignal(child, now)));
        await tx.InsertAsync("bookmarks",
            ["id", "run_id", "kind", "name", "correlation_key", "due_at_ms", "triggered", "payload", "metadata", "created_at_ms"],
            bookmarks.Select(b => new object?[] { b.Id, b.RunId, b.Kind, b.Name, b.CorrelationKey, b.DueAtMs, b.Triggered, b.Payload, b.Metadata, b.CreatedAtMs }),
            cancellationToken);
        await tx.WriteJournalAsync(record.Id, session.Journal, cancellationToken);
        if (observers.Any)
        {
            OutboxBatch.Materialize(session.Outbox);
        }

        await tx.WriteOutboxAsync(record.Id, session.Outbox, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        return status;
    }

    /// <summary>Inserts a new run with its RunStarted event; a duplicate idempotency key surfaces as the provider's DbException.</summary>
    public async Task InsertAsync(RunRecord run, OutboxRecord started, CancellationToken cancellationToken)
    {
        await using (var tx = await sessions.OpenAsync(cancellationToken))
        {
            await tx.BeginAsync(cancellationToken);
            await tx.InsertAsync("runs", RunColumns, [RunValues(run)], cancellationToken);
            await tx.WriteOutboxAsync(run.Id, [started], cancellationToken);
            await tx.CommitAsync(cancellationToken);
        }

        // As in CommitAsync: observers run once the session is handed on.
        observers.Committed([started]);
    }

    private static object?[] RunValues(RunRecord r) =>
        [r.Id, r.DefinitionId, r.DefinitionVersion, r.Status, r.State, r.ParentRunId, r.IdempotencyKey, r.Error, r.CreatedAtMs, r.UpdatedAtMs, r.Revision, r.Target];

    private static RunRecord ReadRun(DbDataReader reader) => new()
    {
        Id = reader.GetString(0),
        DefinitionId = reader.GetString(1),
        DefinitionVersion = Convert.ToInt32(reader.GetValue(2)),
        Status = reader.GetString(3),
        State = reader.GetString(4),
        ParentRunId = reader.IsDBNull(5) ? null : reader.GetString(5),
        IdempotencyKey = reader.IsDBNull(6) ? null : reader.GetString(6),
        Error = reader.IsDBNull(7) ? null : reader.GetString(7),
        CreatedAtMs = reader.GetInt64(8),
        UpdatedAtMs = reader.GetInt64(9),
        Revision = reader.GetInt64(10),
        Target = reader.IsDBNull(11) ? null : reader.GetString(11),
    };

    private static BookmarkRecord ReadBookmark(DbDataReader reader) => new()
    {
        Id = reader.GetString(0),
        RunId = reader.GetString(1),
        Kind = reader.GetString(2),
        Name = reader.GetString(3),
        CorrelationKey = reader.IsDBNull(4) ? null : reader.GetString(4),
        DueAtMs = reader.IsDBNull(5) ? null : reader.GetInt64(5),
        Triggered = reader.GetBoolean(6),
        Payload = reader.IsDBNull(7) ? null : reader.GetString(7),
        Metadata = reader.IsDBNull(8) ? null : reader.GetString(8),
        CreatedAtMs = reader.GetInt64(9),
    };

    internal static BookmarkRecord CancelSignal(string runId, long nowMs) => new()
    {
        Id = $"{runId}:cancel:{Guid.NewGuid():N}",
        RunId = runId,
        Kind = BookmarkKinds.Cancel,
        Name = BookmarkKinds.Cancel,
        Triggered = true,
        CreatedAtMs = nowMs,
    };
}
