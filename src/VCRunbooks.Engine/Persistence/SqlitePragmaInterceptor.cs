using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace VCRunbooks.Engine.Persistence;

/// <summary>
/// synchronous=NORMAL is per connection: with WAL it keeps every commit across a killed process
/// (only an OS crash may lose the last ones) at a fraction of FULL's fsync cost.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;";
        command.ExecuteNonQuery();
    }
}
