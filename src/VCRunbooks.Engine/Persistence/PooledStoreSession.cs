using System.Data.Common;

namespace VCRunbooks.Engine.Persistence;

/// <summary>A session on a pooled connection of an EF context (PostgreSQL): multi-row INSERTs, one transaction.</summary>
internal sealed class PooledStoreSession(EngineDbContext db, DbConnection connection) : StoreSession
{
    private DbTransaction? _transaction;

    public override async Task BeginAsync(CancellationToken cancellationToken) =>
        _transaction = await connection.BeginTransactionAsync(cancellationToken);

    public override Task CommitAsync(CancellationToken cancellationToken) =>
        (_transaction ?? throw new InvalidOperationException("No transaction was begun.")).CommitAsync(cancellationToken);

    public override Task<int> ExecuteAsync(string sql, IReadOnlyList<object?> values, CancellationToken cancellationToken) =>
        SqlBatch.ExecuteAsync(connection, _transaction, sql, values, cancellationToken);

    public override Task InsertAsync(string table, string[] columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken) =>
        SqlBatch.InsertAsync(connection, _transaction, table, columns, rows, cancellationToken);

    public override async Task<List<T>> QueryAsync<T>(string sql, IReadOnlyList<object?> values, Func<DbDataReader, T> map, CancellationToken cancellationToken)
    {
        await using var command = SqlBatch.Command(connection, _transaction, sql, values);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(map(reader));
        }

        return rows;
    }

    public override async ValueTask DisposeAsync()
    {
        if (_transaction is not null)
        {
            await _transaction.DisposeAsync();
        }

        await db.DisposeAsync();
    }
}
