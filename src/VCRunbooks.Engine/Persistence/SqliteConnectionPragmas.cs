using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace VCRunbooks.Engine.Persistence;

/// <summary>
/// The per-connection settings every SQLite connection to a VCRunbooks file gets, the engine's and the server's:
/// <list type="bullet">
/// <item><c>synchronous=NORMAL</c>: with WAL every commit survives a killed process (only an OS crash may lose the
/// last ones), at a fraction of FULL's fsync cost.</item>
/// <item><c>busy_timeout</c>: a statement that meets the write lock waits in SQLite's own busy handler, which retries
/// within milliseconds. Without it Microsoft.Data.Sqlite retries after a 150 ms sleep of the calling thread.</item>
/// <item>a larger <c>wal_autocheckpoint</c>: fewer checkpoint fsyncs for the same writes (the WAL grows to ~40 MB).</item>
/// </list>
/// Pooled connections keep their native handle, so each handle is configured once, not on every open.
/// </summary>
public sealed class SqliteConnectionPragmas : DbConnectionInterceptor
{
    /// <summary>The pragmas, for a connection opened outside EF (set once per handle by <see cref="Apply"/>).</summary>
    public const string Pragmas = "PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000; PRAGMA wal_autocheckpoint=10000;";

    private static readonly ConditionalWeakTable<object, object> Configured = [];

    /// <inheritdoc/>
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    /// <inheritdoc/>
    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    /// <summary>Sets the pragmas on an open SQLite connection, once per physical connection; other connections are left alone.</summary>
    public static void Apply(DbConnection connection)
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
