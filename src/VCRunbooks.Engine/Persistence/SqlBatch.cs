using System.Data.Common;
using System.Text;

namespace VCRunbooks.Engine.Persistence;

/// <summary>
/// Plain parameterised SQL on EF's connection for the commit hot path: one multi-row INSERT per table
/// instead of change tracking, which matters when a pass writes hundreds of journal and outbox rows.
/// </summary>
internal static class SqlBatch
{
    private const int RowsPerStatement = 50;

    public static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction tx, string sql, IReadOnlyList<object?> values, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
#pragma warning disable CA2100 // The SQL text is built from constants and parameter names only.
        command.CommandText = sql;
#pragma warning restore CA2100
        for (var i = 0; i < values.Count; i++)
        {
            var p = command.CreateParameter();
            p.ParameterName = $"@p{i}";
            p.Value = values[i] ?? DBNull.Value;
            command.Parameters.Add(p);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task InsertAsync(DbConnection connection, DbTransaction tx, string table, string[] columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        if (connection is Microsoft.Data.Sqlite.SqliteConnection)
        {
            // SQLite is in-process: one prepared single-row statement re-executed is far cheaper than
            // parsing and binding a long multi-row one (its named-parameter lookup is linear).
            await InsertPreparedAsync(connection, tx, table, columns, rows, cancellationToken);
            return;
        }

        foreach (var chunk in rows.Chunk(RowsPerStatement))
        {
            var sql = new StringBuilder("INSERT INTO ").Append(table).Append(" (").AppendJoin(", ", columns).Append(") VALUES ");
            var values = new List<object?>(chunk.Length * columns.Length);
            for (var r = 0; r < chunk.Length; r++)
            {
                sql.Append(r == 0 ? "(" : ", (");
                for (var c = 0; c < columns.Length; c++)
                {
                    sql.Append(c == 0 ? string.Empty : ", ").Append("@p").Append(values.Count);
                    values.Add(chunk[r][c]);
                }

                sql.Append(')');
            }

            await ExecuteAsync(connection, tx, sql.ToString(), values, cancellationToken);
        }
    }

    private static async Task InsertPreparedAsync(DbConnection connection, DbTransaction tx, string table, string[] columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
        DbCommand? command = null;
        try
        {
            foreach (var row in rows)
            {
                if (command is null)
                {
                    command = connection.CreateCommand();
                    command.Transaction = tx;
#pragma warning disable CA2100 // Table and column names are constants of this class's callers.
                    command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({InList(0, columns.Length)})";
#pragma warning restore CA2100
                    for (var c = 0; c < columns.Length; c++)
                    {
                        var p = command.CreateParameter();
                        p.ParameterName = $"@p{c}";
                        command.Parameters.Add(p);
                    }

                    await command.PrepareAsync(cancellationToken);
                }

                for (var c = 0; c < columns.Length; c++)
                {
                    command.Parameters[c].Value = row[c] ?? DBNull.Value;
                }

                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            if (command is not null)
            {
                await command.DisposeAsync();
            }
        }
    }

    public static string InList(int start, int count) =>
        string.Join(", ", Enumerable.Range(start, count).Select(i => $"@p{i}"));
}
