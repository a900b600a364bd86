using System.Data.Common;

namespace VCRunbooks.Engine.Persistence;

/// <summary>
/// One unit of work of the run store on a connection: plain parameterised SQL, optionally in a transaction.
/// Provider-specific so SQLite can keep one connection with prepared statements (see <see cref="SqliteStoreSession"/>).
/// </summary>
internal abstract class StoreSession : IAsyncDisposable
{
    /// <summary>Starts the transaction every later statement of this session runs in.</summary>
    public abstract Task BeginAsync(CancellationToken cancellationToken);

    public abstract Task CommitAsync(CancellationToken cancellationToken);

    /// <summary>Runs a statement with positional values bound to @p0, @p1...; returns the rows affected.</summary>
    public abstract Task<int> ExecuteAsync(string sql, IReadOnlyList<object?> values, CancellationToken cancellationToken);

    /// <summary>Inserts rows of the given columns (values in column order).</summary>
    public abstract Task InsertAsync(string table, string[] columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken);

    /// <summary>Reads the rows of a query, each mapped while the reader is on it.</summary>
    public abstract Task<List<T>> QueryAsync<T>(string sql, IReadOnlyList<object?> values, Func<DbDataReader, T> map, CancellationToken cancellationToken);

    /// <summary>Writes a commit's events to the outbox, in order; one row per event unless the provider batches them.</summary>
    public virtual Task WriteOutboxAsync(string runId, IReadOnlyList<OutboxRecord> events, CancellationToken cancellationToken) =>
        InsertAsync("outbox", OutboxColumns, events.Select(o => new object?[] { o.RunId, o.Type, OutboxBatch.Payload(o), o.CreatedAtMs }), cancellationToken);

    /// <summary>Writes a commit's journal lines, in seq order; one row per line unless the provider batches them.</summary>
    public virtual Task WriteJournalAsync(string runId, IReadOnlyList<JournalRecord> lines, CancellationToken cancellationToken) =>
        InsertAsync("journal", JournalColumns, lines.Select(j => new object?[] { j.RunId, j.Seq, j.AtMs, j.Kind, j.ActivityId, j.Message, j.Data }), cancellationToken);

    public abstract ValueTask DisposeAsync();

    private static readonly string[] JournalColumns = ["run_id", "seq", "at_ms", "kind", "activity_id", "message", "data"];

    private static readonly string[] OutboxColumns = ["run_id", "type", "payload", "created_at_ms"];
}
