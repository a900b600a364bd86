using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace VCRunbooks.Benchmarks;

/// <summary>
/// The floor under EveryActivity: the same durable commit (WAL, synchronous=NORMAL) of one activity —
/// run state UPDATE, one journal row, one outbox row — straight on SQLite with prepared statements and
/// no engine at all, on 4 KB and on 1 KB pages.
/// </summary>
internal static class SqliteFloorBenchmark
{
    private const int Commits = 3000;

    public static IReadOnlyList<string> Run() =>
    [
        "SQLite alone, one durable commit of one activity's writes (no engine), per commit:",
        Line(4096),
        Line(1024),
    ];

    private static string Line(int pageSize)
    {
        var path = Path.Combine(Path.GetTempPath(), $"vcr-floor-{Guid.NewGuid():N}.db");
        try
        {
            var (wall, cpu) = Measure(path, pageSize);
            return $"  {pageSize / 1024} KB pages                              {wall:F1} us ({cpu:F1} CPU)";
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(path + suffix);
            }
        }
    }

    private static (double Wall, double Cpu) Measure(string path, int pageSize)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        Execute(connection, $"PRAGMA page_size={pageSize}; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA wal_autocheckpoint=10000;");
        Execute(connection,
            "CREATE TABLE runs (id TEXT PRIMARY KEY, status TEXT NOT NULL, state TEXT NOT NULL, updated_at_ms INTEGER NOT NULL, revision INTEGER NOT NULL);" +
            "CREATE TABLE journal (id INTEGER PRIMARY KEY AUTOINCREMENT, run_id TEXT NOT NULL, seq INTEGER NOT NULL, at_ms INTEGER NOT NULL, kind TEXT NOT NULL, activity_id TEXT, message TEXT NOT NULL, data TEXT);" +
            "CREATE INDEX ix_journal_run ON journal (run_id, seq);" +
            "CREATE TABLE outbox (id INTEGER PRIMARY KEY AUTOINCREMENT, run_id TEXT NOT NULL, type TEXT NOT NULL, payload TEXT NOT NULL, created_at_ms INTEGER NOT NULL);");
        var runId = Guid.NewGuid().ToString("N");
        // About the size of the no-op runbook's state halfway through (50 activity outputs).
        var state = "{\"outputs\":{" + string.Join(",", Enumerable.Range(1, 50).Select(i => $"\"n{i}\":{{}}")) + "},\"tokens\":[{\"id\":51,\"activityId\":\"n51\",\"status\":\"Ready\"}]}";
        Execute(connection, $"INSERT INTO runs VALUES ('{runId}', 'Running', '{state}', 0, 0)");
        using var begin = Prepare(connection, "BEGIN IMMEDIATE");
        using var update = Prepare(connection, "UPDATE runs SET state = @state, updated_at_ms = @now, revision = revision + 1 WHERE id = @id", "@state", "@now", "@id");
        using var journal = Prepare(connection, "INSERT INTO journal (run_id, seq, at_ms, kind, activity_id, message) VALUES (@id, @seq, @now, 'activity-completed', 'n1', 'Noop completed (attempt 1): Done')", "@id", "@seq", "@now");
        using var outbox = Prepare(connection, "INSERT INTO outbox (run_id, type, payload, created_at_ms) VALUES (@id, 'ActivityCompleted', @payload, @now)", "@id", "@payload", "@now");
        using var commit = Prepare(connection, "COMMIT");
        var payload = $"{{\"runId\":\"{runId}\",\"activityId\":\"n1\",\"activityType\":\"Noop\",\"outcomes\":[\"Done\"],\"at\":\"2026-01-01T00:00:00+00:00\"}}";
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < Commits; i++)
        {
            begin.ExecuteNonQuery();
            Run(update, state, i, runId);
            Run(journal, runId, i, i);
            Run(outbox, runId, payload, i);
            commit.ExecuteNonQuery();
        }

        var cpuUsed = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        return (watch.Elapsed.TotalMicroseconds / Commits, cpuUsed.TotalMicroseconds / Commits);
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        command.ExecuteNonQuery();
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
