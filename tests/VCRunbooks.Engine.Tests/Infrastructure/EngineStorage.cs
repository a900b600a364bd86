using Npgsql;
using VCRunbooks.Engine.Persistence;

namespace VCRunbooks.Engine.Tests.Infrastructure;

/// <summary>A throwaway database for one test: a SQLite file or a fresh PostgreSQL database.</summary>
public sealed class EngineStorage : IAsyncDisposable
{
    private readonly string? _sqlitePath;
    private readonly string? _postgresAdmin;
    private readonly string? _postgresDatabase;

    private EngineStorage(StorageProvider provider, string connectionString, string? sqlitePath, string? postgresAdmin, string? postgresDatabase)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqlitePath = sqlitePath;
        _postgresAdmin = postgresAdmin;
        _postgresDatabase = postgresDatabase;
    }

    public StorageProvider Provider { get; }
    public string ConnectionString { get; }

    public static EngineStorage Sqlite()
    {
        var path = Path.Combine(Path.GetTempPath(), $"vcr-engine-{Guid.NewGuid():N}.db");
        return new EngineStorage(StorageProvider.Sqlite, $"Data Source={path}", path, null, null);
    }

    public static async Task<EngineStorage> PostgresAsync()
    {
        var admin = RequiresPostgresAttribute.ConnectionString ?? throw new InvalidOperationException($"{RequiresPostgresAttribute.Variable} is not set.");
        var database = $"vcr_test_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
            await command.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(admin) { Database = database };
        return new EngineStorage(StorageProvider.Postgres, builder.ConnectionString, null, admin, database);
    }

    public void Apply(EngineOptions options)
    {
        if (Provider == StorageProvider.Postgres)
        {
            options.UsePostgres(ConnectionString);
        }
        else
        {
            options.UseSqlite(ConnectionString);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_sqlitePath is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(_sqlitePath + suffix);
            }
        }

        if (_postgresAdmin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(_postgresAdmin);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresDatabase} WITH (FORCE)", connection);
            await command.ExecuteNonQueryAsync();
        }
    }
}
