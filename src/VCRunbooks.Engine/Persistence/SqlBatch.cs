using System.Data.Common;
using System.Text;

namespace VCRunbooks.Engine.Persistence;

/// <summary>
/// Plain parameterised SQL on a pooled connection for the commit path: one multi-row INSERT per table
/// instead of change tracking, which matters when a pass writes hundreds of journal and outbox rows.
/// </summary>
internal static class SqlBatch
{
    private const int RowsPerStatement = 50;
    private static readonly string[] Names = Enumerable.Range(0, 64).Select(i => $"@p{i}").ToArray();

    public static DbCommand Command(DbConnection connection, DbTransaction? tx, string sql, IReadOnlyList<object?> values)
    {
        var command = connection.CreateCommand();
        command.Transaction = tx;
#pragma warning disable CA2100 // The SQL text is built from constants and parameter names only.
        command.CommandText = sql;
#pragma warning restore CA2100
        for (var i = 0; i < values.Count; i++)
        {
            var p = command.CreateParameter();
            p.ParameterName = ParameterName(i);
            p.Value = values[i] ?? DBNull.Value;
            command.Parameters.Add(p);
        }

        return command;
    }

    public static async Task<int> ExecuteAsync(DbConnection connection, DbTransaction? tx, string sql, IReadOnlyList<object?> values, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, tx, sql, values);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task InsertAsync(DbConnection connection, DbTransaction? tx, string table, string[] columns, IEnumerable<object?[]> rows, CancellationToken cancellationToken)
    {
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

    /// <summary>The single-row INSERT of the columns, parameters @p0.. in column order.</summary>
    public static string InsertRow(string table, string[] columns) =>
        $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES ({InList(0, columns.Length)})";

    public static string InList(int start, int count) =>
        string.Join(", ", Enumerable.Range(start, count).Select(ParameterName));

    public static string ParameterName(int index) => index < Names.Length ? Names[index] : $"@p{index}";
}
