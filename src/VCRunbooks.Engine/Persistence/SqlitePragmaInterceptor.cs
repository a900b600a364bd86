using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace VCRunbooks.Engine.Persistence;

/// <summary>
/// synchronous=NORMAL is per connection: with WAL it keeps every commit across a killed process
/// (only an OS crash may lose the last ones) at a fraction of FULL's fsync cost. Pooled connections
/// keep their native handle, so each handle is configured once, not on every open.
/// </summary>
internal sealed class SqlitePragmaInterceptor : DbConnectionInterceptor
{
    /// <summary>A larger auto-checkpoint means fewer checkpoint fsyncs for the same writes (the WAL grows to ~40 MB).</summary>
    public const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA wal_autocheckpoint=10000;";

    private static readonly ConditionalWeakTable<object, object> Configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        if (connection is SqliteConnection { Handle: { } handle } && Configured.TryGetValue(handle, out _))
        {
            return;
        }

        using (var command = connection.CreateCommand())
        {
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }

        if (connection is SqliteConnection { Handle: { } opened })
        {
            Configured.AddOrUpdate(opened, opened);
        }
    }
}
