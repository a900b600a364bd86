using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using VCRunbooks.Engine.Runs;

namespace VCRunbooks.Engine.Persistence;

/// <summary>Reads runs with their fired signals and commits a pass: state, journal, outbox and bookmarks in one transaction.</summary>
internal sealed class RunStore(IDbContextFactory<EngineDbContext> contexts, CommitObservers observers)
{
    private static readonly string[] RunColumns =
        ["id", "definition_id", "definition_version", "status", "state", "parent_run_id", "idempotency_key", "error", "created_at_ms", "updated_at_ms", "revision"];

    private static readonly string[] OutboxColumns = ["run_id", "type", "payload", "created_at_ms"];

    /// <summary>The run and its fired signals in one round trip of two plain queries (the resume hot path).</summary>
    public async Task<LoadedRun?> LoadAsync(string runId, long nowMs, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        RunRecord? record = null;
        await using (var command = Command(connection,
            "SELECT id, definition_id, definition_version, status, state, parent_run_id, idempotency_key, error, created_at_ms, updated_at_ms, revision FROM runs WHERE id = @p0",
            runId))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            if (await reader.ReadAsync(cancellationToken))
            {
                record = new RunRecord
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
                };
            }
        }

        if (record is null)
        {
            return null;
        }

        var fired = new List<BookmarkRecord>();
        await using (var command = Command(connection,
            "SELECT id, run_id, kind, name, correlation_key, due_at_ms, triggered, payload, metadata, created_at_ms FROM bookmarks " +
            "WHERE run_id = @p0 AND (triggered = @p1 OR (due_at_ms IS NOT NULL AND due_at_ms <= @p2)) ORDER BY due_at_ms, created_at_ms",
            runId, true, nowMs))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                fired.Add(new BookmarkRecord
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
                });
            }
        }

        return new LoadedRun(record, fired);
    }

    private static object?[] RunValues(RunRecord r) =>
        [r.Id, r.DefinitionId, r.DefinitionVersion, r.Status, r.State, r.ParentRunId, r.IdempotencyKey, r.Error, r.CreatedAtMs, r.UpdatedAtMs, r.Revision];

    private static object?[] OutboxValues(OutboxRecord o) => [o.RunId, o.Type, o.Payload, o.CreatedAtMs];

    private static DbCommand Command(DbConnection connection, string sql, params object[] values)
    {
        var command = connection.CreateCommand();
#pragma warning disable CA2100 // Constant SQL with parameters.
        command.CommandText = sql;
#pragma warning restore CA2100
        for (var i = 0; i < values.Length; i++)
        {
            var p = command.CreateParameter();
            p.ParameterName = $"@p{i}";
            p.Value = values[i];
            command.Parameters.Add(p);
        }

        return command;
    }

    public async Task CommitAsync(RunSession session, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        var record = session.Record;
        var now = session.NowMs;
        var updated = await SqlBatch.ExecuteAsync(connection, tx,
            "UPDATE runs SET state = @p0, status = @p1, error = @p2, updated_at_ms = @p3, revision = @p4 WHERE id = @p5 AND revision = @p6",
            [RunStateJson.Serialize(session.State), session.Status.ToString(), session.State.Fault?.Message, now, record.Revision + 1, record.Id, record.Revision],
            cancellationToken);
        if (updated == 0)
        {
            throw new RunConflictException(record.Id);
        }

        if (session.DeletedBookmarks.Count > 0)
        {
            var ids = session.DeletedBookmarks.ToList();
            await SqlBatch.ExecuteAsync(connection, tx, $"DELETE FROM bookmarks WHERE id IN ({SqlBatch.InList(0, ids.Count)})", ids, cancellationToken);
        }

        if (session.Status is RunStatus.Completed or RunStatus.Faulted or RunStatus.Cancelled)
        {
            // Signals that arrived for a finished run have nothing left to wake.
            await SqlBatch.ExecuteAsync(connection, tx, "DELETE FROM bookmarks WHERE run_id = @p0", [record.Id], cancellationToken);
        }

        if (session.ParentNotification is { } notification && record.ParentRunId is { } parent)
        {
            await SqlBatch.ExecuteAsync(connection, tx,
                "UPDATE bookmarks SET triggered = @p0, payload = @p1 WHERE run_id = @p2 AND name = @p3 AND correlation_key = @p4",
                [true, notification.ToJsonString(), parent, RunSession.ChildRunBookmark, record.Id],
                cancellationToken);
        }

        await SqlBatch.InsertAsync(connection, tx, "runs", RunColumns, session.NewChildRuns.Select(RunValues), cancellationToken);
        await PendingEvents.ConsumeAsync(connection, tx, session, db.Database.IsNpgsql(), cancellationToken);
        var bookmarks = session.NewBookmarks.Concat(session.CancelChildren.Distinct().Select(child => CancelSignal(child, now)));
        await SqlBatch.InsertAsync(connection, tx, "bookmarks",
            ["id", "run_id", "kind", "name", "correlation_key", "due_at_ms", "triggered", "payload", "metadata", "created_at_ms"],
            bookmarks.Select(b => new object?[] { b.Id, b.RunId, b.Kind, b.Name, b.CorrelationKey, b.DueAtMs, b.Triggered, b.Payload, b.Metadata, b.CreatedAtMs }),
            cancellationToken);
        await SqlBatch.InsertAsync(connection, tx, "journal",
            ["run_id", "seq", "at_ms", "kind", "activity_id", "message", "data"],
            session.Journal.Select(j => new object?[] { j.RunId, j.Seq, j.AtMs, j.Kind, j.ActivityId, j.Message, j.Data }),
            cancellationToken);
        await SqlBatch.InsertAsync(connection, tx, "outbox", OutboxColumns, session.Outbox.Select(OutboxValues), cancellationToken);
        await tx.CommitAsync(cancellationToken);
        observers.Committed(session.Outbox);
        session.Committed();
    }

    /// <summary>Inserts a new run with its RunStarted event; a duplicate idempotency key surfaces as the provider's DbException.</summary>
    public async Task InsertAsync(RunRecord run, OutboxRecord started, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.OpenConnectionAsync(cancellationToken);
        var connection = db.Database.GetDbConnection();
        await using var tx = await connection.BeginTransactionAsync(cancellationToken);
        await SqlBatch.InsertAsync(connection, tx, "runs", RunColumns, [RunValues(run)], cancellationToken);
        await SqlBatch.InsertAsync(connection, tx, "outbox", OutboxColumns, [OutboxValues(started)], cancellationToken);
        await tx.CommitAsync(cancellationToken);
        observers.Committed([started]);
    }

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
