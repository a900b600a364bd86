using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace VCRunbooks.Server.Triggers.Storage;

/// <summary>
/// One SQLite file with one writer: a dedicated thread owns the only connection and runs every piece of work handed to
/// it, the pieces that queued up meanwhile together in one transaction (group commit), and completes each only once
/// that transaction committed. Nothing else writes the file, so no caller ever waits on SQLite's busy lock, and under
/// load many writes share one commit. WAL with <c>synchronous=NORMAL</c>: a committed transaction is in the WAL file
/// before its callers hear of it, so it survives the process being killed (an OS crash may lose the last ones).
/// The writer never checkpoints (a checkpoint fsyncs, tens of milliseconds on a busy disk, and every caller of that
/// batch would wait): a second thread copies the WAL back into the file every <see cref="CheckpointEvery"/> commits.
/// </summary>
internal sealed partial class SqliteGroupCommit : IDisposable
{
    /// <summary>Most pieces of work in one transaction, so a backlog does not hold its first callers long.</summary>
    public const int MaxBatch = 256;

    /// <summary>Commits between two checkpoints; the WAL stays a few megabytes at most.</summary>
    public const int CheckpointEvery = 200;

    private readonly string _connectionString;
    private readonly Action<SqliteConnection> _initialize;
    private readonly ILogger _logger;
    private readonly BlockingCollection<Work> _queue = [];
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);
    private readonly Thread _writer;
    private readonly Thread _checkpointer;
    private readonly SemaphoreSlim _checkpointDue = new(0, 1);
    private volatile bool _stopping;
    private SqliteConnection? _connection;
    private int _commitsSinceCheckpoint;

    /// <param name="path">The database file; created when missing.</param>
    /// <param name="initialize">Runs on the writer's connection each time it opens (schema, one-off moves), before any work.</param>
    /// <param name="logger">Where a failed commit is logged.</param>
    public SqliteGroupCommit(string path, Action<SqliteConnection> initialize, ILogger logger)
    {
        // Not pooled: this connection lives as long as the writer, and closing it must really close the file.
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ConnectionString;
        _initialize = initialize;
        _logger = logger;
        _writer = new Thread(Loop) { IsBackground = true, Name = "SQLite group commit: " + Path.GetFileName(path) };
        _checkpointer = new Thread(Checkpoints) { IsBackground = true, Name = "SQLite checkpoints: " + Path.GetFileName(path) };
        _writer.Start();
        _checkpointer.Start();
    }

    /// <summary>Runs <paramref name="work"/> on the writer's connection inside a transaction; its result once that committed.</summary>
    public Task<T> RunAsync<T>(Func<SqliteConnection, T> work, CancellationToken cancellationToken)
    {
        var item = new Work<T>(work, cancellationToken);
        _queue.Add(item, cancellationToken);
        return item.Task;
    }

    /// <summary>The prepared command for <paramref name="sql"/> on the writer's connection, its parameters cleared. Call only inside work.</summary>
    public SqliteCommand Command(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection!.CreateCommand();
#pragma warning disable CA2100 // the SQL is this server's own text; values go in parameters
            command.CommandText = sql;
#pragma warning restore CA2100
            _commands[sql] = command;
        }
        command.Parameters.Clear();
        return command;
    }

    public void Dispose()
    {
        _queue.CompleteAdding();
        _writer.Join();
        _stopping = true;
        if (_checkpointDue.CurrentCount == 0)
        {
            _checkpointDue.Release();
        }
        _checkpointer.Join();
        _queue.Dispose();
        _checkpointDue.Dispose();
    }

    private void Loop()
    {
        var batch = new List<Work>(MaxBatch);
        foreach (var first in _queue.GetConsumingEnumerable())
        {
            batch.Add(first);
            while (batch.Count < MaxBatch && _queue.TryTake(out var next))
            {
                batch.Add(next);
            }
            Commit(batch);
            batch.Clear();
        }
        Close();
    }

    private void Commit(List<Work> batch)
    {
        try
        {
            var connection = Open();
            using (var begin = connection.CreateCommand())
            {
                begin.CommandText = "BEGIN IMMEDIATE";
                begin.ExecuteNonQuery();
            }
            try
            {
                foreach (var work in batch)
                {
                    // A statement that fails undoes only itself; its caller hears of it, the others commit. Some errors
                    // (I/O, disk full) roll the whole transaction back: then nothing of the batch may count as kept.
                    if (!work.Run(connection) && raw.sqlite3_get_autocommit(connection.Handle) != 0)
                    {
                        throw new InvalidOperationException("SQLite rolled the transaction back after a failed statement", work.Error);
                    }
                }
                using var commit = connection.CreateCommand();
                commit.CommandText = "COMMIT";
                commit.ExecuteNonQuery();
            }
            catch
            {
                using var rollback = connection.CreateCommand();
                rollback.CommandText = "ROLLBACK";
                rollback.ExecuteNonQuery();
                throw;
            }
        }
        catch (Exception ex)
        {
            // Nothing of the batch committed: every caller is told, and the next batch starts on a fresh connection.
            LogCommitFailed(_logger, batch.Count, ex);
            Close();
            foreach (var work in batch)
            {
                work.Fail(ex);
            }
            return;
        }
        foreach (var work in batch)
        {
            work.Complete();
        }
        if (++_commitsSinceCheckpoint >= CheckpointEvery && _checkpointDue.CurrentCount == 0)
        {
            _commitsSinceCheckpoint = 0;
            _checkpointDue.Release();
        }
    }

    private void Checkpoints()
    {
        using var connection = new SqliteConnection(_connectionString);
        while (true)
        {
            _checkpointDue.Wait();
            if (_stopping)
            {
                return;
            }
            try
            {
                if (connection.State != System.Data.ConnectionState.Open)
                {
                    connection.Open();
                }
                using var checkpoint = connection.CreateCommand();
                // PASSIVE: copies what no reader still needs, never waits for the writer nor holds it up.
                checkpoint.CommandText = "PRAGMA wal_checkpoint(PASSIVE)";
                checkpoint.ExecuteNonQuery();
            }
            catch (SqliteException ex)
            {
                // The next one tries again; until then the WAL only grows.
                LogCheckpointFailed(_logger, ex);
            }
        }
    }

    private SqliteConnection Open()
    {
        if (_connection is not null)
        {
            return _connection;
        }
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            using (var pragmas = connection.CreateCommand())
            {
                pragmas.CommandText = "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA wal_autocheckpoint=0;";
                pragmas.ExecuteNonQuery();
            }
            _connection = connection;
            _initialize(connection);
            return connection;
        }
        catch
        {
            Close();
            connection.Dispose();
            throw;
        }
    }

    private void Close()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
        _commands.Clear();
        _connection?.Dispose();
        _connection = null;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "A transaction of {Count} trigger start writes failed; none of them was kept, each caller is told")]
    private static partial void LogCommitFailed(ILogger logger, int count, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A checkpoint of the trigger start file failed; the next one tries again")]
    private static partial void LogCheckpointFailed(ILogger logger, Exception exception);

    private abstract class Work
    {
        public Exception? Error { get; protected set; }

        /// <summary>False when the work failed (<see cref="Error"/>).</summary>
        public abstract bool Run(SqliteConnection connection);

        public abstract void Complete();

        public abstract void Fail(Exception exception);
    }

    private sealed class Work<T>(Func<SqliteConnection, T> work, CancellationToken cancellationToken) : Work
    {
        private readonly TaskCompletionSource<T> _done = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private T? _result;
        private bool _cancelled;

        public Task<T> Task => _done.Task;

        public override bool Run(SqliteConnection connection)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                _cancelled = true;
                return true;
            }
            try
            {
                _result = work(connection);
                return true;
            }
            catch (Exception ex) when (ex is SqliteException or InvalidCastException or FormatException)
            {
                Error = ex;
                return false;
            }
        }

        public override void Complete()
        {
            if (_cancelled)
            {
                _done.TrySetCanceled(cancellationToken);
            }
            else if (Error is not null)
            {
                _done.TrySetException(Error);
            }
            else
            {
                _done.TrySetResult(_result!);
            }
        }

        public override void Fail(Exception exception) => _done.TrySetException(exception);
    }
}
