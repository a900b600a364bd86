using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using VCRunbooks.Engine.Persistence;

namespace VCRunbooks.Server.Persistence;

/// <summary>
/// The server's database as plain ADO.NET connections, for the start path and readiness. Anything reached through a
/// <see cref="ServerDbContext"/> (even <c>Database.OpenConnection</c>) builds EF's model first, which is the larger
/// part of a restart's time; these connections share the provider's pool with the context's.
/// </summary>
internal sealed class ServerDatabase(DatabaseProvider provider, string connectionString)
{
    public DatabaseProvider Provider { get; } = provider;

    public bool IsPostgres => Provider == DatabaseProvider.Postgres;

    /// <summary>A new open connection; dispose it to hand it back to the pool.</summary>
    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        DbConnection connection = IsPostgres ? new NpgsqlConnection(connectionString) : new SqliteConnection(connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            // busy_timeout and synchronous=NORMAL as on the context's connections: without a busy timeout SQLite's
            // driver sleeps 150 ms on a held write lock.
            SqliteConnectionPragmas.Apply(connection);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
