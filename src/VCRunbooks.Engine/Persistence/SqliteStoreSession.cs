using System.Data.Common;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace VCRunbooks.Engine.Persistence;

/// <summary>
/// A session on the <see cref="SqliteWriter"/>'s connection. Statements run synchronously: SQLite is
/// in-process, so its async methods would only add state machines. One prepared single-row INSERT re-executed
/// per row is cheaper here than a long multi-row one (SQLite's named-parameter lookup is linear).
/// </summary>
internal sealed class SqliteStoreSession(SqliteWriter writer) : StoreSession
{
    private bool _inTransaction;
    private bool _broken;

    public override Task BeginAsync(CancellationToken cancellationToken)
    {
        // IMMEDIATE takes the write lock now, so a busy database waits here (busy_timeout), not at COMMIT.
        Run("BEGIN IMMEDIATE", []);
        _inTransaction = true;
        return Task.CompletedTask;
    }

    public override Task CommitAsync(CancellationToken cancellationToken)
    {
        Run("COMMIT", []);
        _inTransaction = false;
        return Task.CompletedTask;
    }

    public override Task<int> ExecuteAsync(string sql, IReadOnlyList<object?> values, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Run(sql, values));
    }

    public override Task InsertAsync(string table, string[] columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        string? sql = null;
        foreach (var row in rows)
        {
            sql ??= SqlBatch.InsertRow(table, columns);
            Run(sql, row);
        }

        return Task.CompletedTask;
    }

    /// <summary>
    /// All events of the commit in one row: one INSERT instead of one per event. The row takes the ids after the
    /// highest ever used (AUTOINCREMENT's sqlite_sequence; the write lock is held), its own id being the last.
    /// </summary>
    public override Task WriteOutboxAsync(string runId, IReadOnlyList<OutboxRecord> events, CancellationToken cancellationToken)
    {
        if (events.Count <= 1)
        {
            return base.WriteOutboxAsync(runId, events, cancellationToken);
        }

        var (buffer, json) = writer.JsonBuffer();
        OutboxBatch.Write(json, runId, events);
        Run(
            "INSERT INTO outbox (id, first_id, run_id, type, payload, created_at_ms, event_count) " +
            "VALUES (COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'outbox'), 0) + @p0, COALESCE((SELECT seq FROM sqlite_sequence WHERE name = 'outbox'), 0) + 1, @p1, @p2, @p3, @p4, @p0)",
            [events.Count, runId, OutboxBatch.Type, buffer.WrittenMemory, events[^1].CreatedAtMs]);
        return Task.CompletedTask;
    }

    /// <summary>All journal lines of the commit in one row (see <see cref="JournalBatch"/>).</summary>
    public override Task WriteJournalAsync(string runId, IReadOnlyList<JournalRecord> lines, CancellationToken cancellationToken)
    {
        if (lines.Count <= 1)
        {
            return base.WriteJournalAsync(runId, lines, cancellationToken);
        }

        var (buffer, json) = writer.JsonBuffer();
        JournalBatch.Write(json, lines);
        Run(
            "INSERT INTO journal (run_id, seq, at_ms, kind, activity_id, message, data) VALUES (@p0, @p1, @p2, @p3, NULL, @p4, @p5)",
            [runId, lines[^1].Seq, lines[^1].AtMs, JournalBatch.Kind, string.Empty, buffer.WrittenMemory]);
        return Task.CompletedTask;
    }

    public override Task<List<T>> QueryAsync<T>(string sql, IReadOnlyList<object?> values, Func<DbDataReader, T> map, CancellationToken cancellationToken)
    {
        var command = Bind(sql, values, out var cached);
        try
        {
            using var reader = command.ExecuteReader();
            var rows = new List<T>();
            while (reader.Read())
            {
                rows.Add(map(reader));
            }

            return Task.FromResult(rows);
        }
        finally
        {
            if (!cached)
            {
                command.Dispose();
            }
        }
    }

    public override ValueTask DisposeAsync()
    {
        if (_inTransaction)
        {
            try
            {
                Run("ROLLBACK", []);
            }
            catch (SqliteException)
            {
                // A failed rollback leaves the connection in an unknown state: the writer reopens it.
                _broken = true;
            }
        }

        writer.Release(_broken);
        return ValueTask.CompletedTask;
    }

    private int Run(string sql, IReadOnlyList<object?> values)
    {
        var db = writer.Database;
        var (statement, indexes) = writer.Statement(sql, values.Count, out var cached);
        try
        {
            for (var i = 0; i < values.Count; i++)
            {
                Check(db, BindValue(statement, indexes[i], values[i]));
            }

            var rc = raw.sqlite3_step(statement);
            if (rc != raw.SQLITE_DONE && rc != raw.SQLITE_ROW)
            {
                Check(db, rc);
            }

            return raw.sqlite3_changes(db);
        }
        finally
        {
            raw.sqlite3_reset(statement);
            if (!cached)
            {
                statement.Dispose();
            }
        }
    }

    /// <summary>Throws the provider's exception (a DbException, as callers expect) for a failed SQLite call.</summary>
    internal static void Check(sqlite3 db, int rc)
    {
        if (rc is raw.SQLITE_OK or raw.SQLITE_DONE or raw.SQLITE_ROW)
        {
            return;
        }

        throw new SqliteException($"SQLite Error {rc}: '{raw.sqlite3_errmsg(db).utf8_to_string()}'.", rc & 0xFF, raw.sqlite3_extended_errcode(db));
    }

    private static int BindValue(sqlite3_stmt statement, int index, object? value) => value switch
    {
        null or DBNull => raw.sqlite3_bind_null(statement, index),
        string text => raw.sqlite3_bind_text(statement, index, text),
        long number => raw.sqlite3_bind_int64(statement, index, number),
        int number => raw.sqlite3_bind_int64(statement, index, number),
        bool flag => raw.sqlite3_bind_int64(statement, index, flag ? 1 : 0),
        ReadOnlyMemory<byte> utf8 => raw.sqlite3_bind_text(statement, index, utf8.Span),
        double real => raw.sqlite3_bind_double(statement, index, real),
        _ => throw new ArgumentException($"Cannot bind a {value.GetType().Name} to a SQLite parameter.", nameof(value)),
    };

    private SqliteCommand Bind(string sql, IReadOnlyList<object?> values, out bool cached)
    {
        var command = writer.Command(sql, values.Count, out cached);
        for (var i = 0; i < values.Count; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        return command;
    }
}
