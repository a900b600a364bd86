using System.Data.Common;
using System.Reflection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace VCRunbooks.Engine.Persistence;

/// <summary>
/// Applies the embedded, numbered SQL scripts of the active provider (Schema/Sqlite or Schema/Postgres)
/// that the schema_version table does not list yet, each in its own transaction. Hand-written scripts
/// replace EF migrations because the dotnet-ef tool is not obtainable here; see docs/engine.md.
/// </summary>
internal sealed partial class SchemaMigrator(IDbContextFactory<EngineDbContext> contexts, EngineOptions options, ILogger<SchemaMigrator> logger)
{
    // Any constant works: it only serialises concurrent migrators of one PostgreSQL database.
    private const long PostgresLockKey = 0x5643_5275_6E62;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        var postgres = options.Provider == StorageProvider.Postgres;
        // SQLite opens its own plain connection: going through the context would build EF's services before ready.
        await using var db = postgres ? await contexts.CreateDbContextAsync(cancellationToken) : null;
        await using var connection = db is null ? new SqliteConnection(options.ConnectionString) : null;
        var open = connection ?? db!.Database.GetDbConnection();
        await open.OpenAsync(cancellationToken);
        if (connection is not null)
        {
            // What the context's interceptor sets on every connection it opens (busy_timeout among them).
            await ExecuteAsync(connection, null, SqliteConnectionPragmas.Pragmas, cancellationToken);
        }

        await MigrateAsync(open, postgres, cancellationToken);
    }

    private async Task MigrateAsync(DbConnection connection, bool postgres, CancellationToken cancellationToken)
    {
        if (!postgres)
        {
            // A commit writes every page it touches whole to the WAL, and a commit touches a few small rows in
            // several tables (run, journal, outbox, sqlite_sequence): 1 KB pages write a quarter of the bytes of
            // 4 KB ones per commit. Only a new database takes it; an existing file keeps its page size.
            await ExecuteAsync(connection, null, "PRAGMA page_size=1024;", cancellationToken);
            // WAL survives a killed process without losing committed transactions and lets readers run beside the writer.
            await ExecuteAsync(connection, null, "PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await ExecuteAsync(connection, null,
            "CREATE TABLE IF NOT EXISTS schema_version (version integer NOT NULL PRIMARY KEY, applied_at_ms bigint NOT NULL);",
            cancellationToken);
        foreach (var (version, script) in Scripts(options.Provider))
        {
            await using var tx = await connection.BeginTransactionAsync(cancellationToken);
            if (postgres)
            {
                await ExecuteAsync(connection, tx, $"SELECT pg_advisory_xact_lock({PostgresLockKey});", cancellationToken);
            }

            var applied = await ScalarAsync(connection, tx, $"SELECT COUNT(*) FROM schema_version WHERE version = {version};", cancellationToken);
            if (applied > 0)
            {
                continue;
            }

            await ExecuteAsync(connection, tx, script, cancellationToken);
            var now = options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();
            await ExecuteAsync(connection, tx, $"INSERT INTO schema_version (version, applied_at_ms) VALUES ({version}, {now});", cancellationToken);
            await tx.CommitAsync(cancellationToken);
            LogApplied(logger, version);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied engine schema version {Version}")]
    private static partial void LogApplied(ILogger logger, int version);

    internal static IReadOnlyList<(int Version, string Script)> Scripts(StorageProvider provider)
    {
        var assembly = typeof(SchemaMigrator).Assembly;
        var prefix = $"VCRunbooks.Engine.Persistence.Schema.{provider}.";
        var names = assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => (Version: int.Parse(n[prefix.Length..].Split('_')[0]), Name: n[prefix.Length..]))
            .OrderBy(s => s.Version)
            .ToList();

        // Two scripts with one number (branches merged that each took "the next" one) would apply only the first
        // and record the version as done: the other's tables would silently never exist. Refuse to start instead.
        if (names.GroupBy(s => s.Version).FirstOrDefault(g => g.Count() > 1) is { } clash)
        {
            throw new InvalidOperationException($"Schema scripts for {provider} share version {clash.Key}: {string.Join(", ", clash.Select(s => s.Name))}. Renumber one.");
        }

        return names.Select(s => (s.Version, Read(assembly, prefix + s.Name))).ToList();
    }

    private static string Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction? tx, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
#pragma warning disable CA2100 // The SQL comes from embedded scripts and integers, never from user input.
        command.CommandText = sql;
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<long> ScalarAsync(DbConnection connection, DbTransaction tx, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
#pragma warning disable CA2100 // As above: constant SQL.
        command.CommandText = sql;
#pragma warning restore CA2100
        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken));
    }
}
