using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace VCRunbooks.Server.Persistence;

/// <summary>
/// The server's SQLite connections wait for the write lock the way the engine's do: SQLite's own busy handler
/// (<c>busy_timeout</c>, retries within milliseconds). Without it Microsoft.Data.Sqlite retries a busy statement after
/// a 150 ms sleep of the calling thread, so a trigger's claim written while the engine committed took over 150 ms and
/// held a thread-pool thread meanwhile. <c>synchronous=NORMAL</c> as the engine's connections to the same file have it:
/// with WAL every commit survives a killed process, without an fsync per commit. Set once per pooled handle.
/// </summary>
internal sealed class SqliteServerPragmas : DbConnectionInterceptor
{
    public const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;";

    private static readonly ConditionalWeakTable<object, object> Configured = [];

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    /// <summary>Sets the pragmas once per physical connection; the plain connections of <see cref="ServerDatabase"/> call it too.</summary>
    internal static void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } handle } || Configured.TryGetValue(handle, out _))
        {
            return;
        }
        using (var command = connection.CreateCommand())
        {
            command.CommandText = Pragmas;
            command.ExecuteNonQuery();
        }
        Configured.AddOrUpdate(handle, handle);
    }
}
