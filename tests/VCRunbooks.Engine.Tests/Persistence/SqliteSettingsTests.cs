using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Engine.Persistence;
using VCRunbooks.Engine.Tests.Infrastructure;

namespace VCRunbooks.Engine.Tests.Persistence;

public sealed class SqliteSettingsTests
{
    [Fact]
    public async Task EveryPooledConnection_UsesWalWithNormalSync()
    {
        await using var storage = EngineStorage.Sqlite();
        await using var host = await TestEngine.StartAsync(storage);
        var contexts = host.Services.GetRequiredService<IDbContextFactory<EngineDbContext>>();

        var seen = new List<(string, long)>();
        for (var i = 0; i < 3; i++)
        {
            await using var db = await contexts.CreateDbContextAsync();
            await db.Database.OpenConnectionAsync();
            var connection = db.Database.GetDbConnection();
            await using var mode = connection.CreateCommand();
            mode.CommandText = "PRAGMA journal_mode";
            await using var sync = connection.CreateCommand();
            sync.CommandText = "PRAGMA synchronous";
            seen.Add(((string)(await mode.ExecuteScalarAsync())!, (long)(await sync.ExecuteScalarAsync())!));
        }

        Assert.All(seen, s => Assert.Equal(("wal", 1L), s));
    }

    [Fact]
    public async Task NewDatabase_UsesSmallPagesSoACommitWritesLittle()
    {
        await using var storage = EngineStorage.Sqlite();
        await using var host = await TestEngine.StartAsync(storage);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<EngineDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = "PRAGMA page_size";

        Assert.Equal(1024L, await command.ExecuteScalarAsync());
    }

    [Fact]
    public void Scripts_ExistForBothProvidersWithTheSameVersions()
    {
        var sqlite = SchemaMigrator.Scripts(StorageProvider.Sqlite).Select(s => s.Version);
        var postgres = SchemaMigrator.Scripts(StorageProvider.Postgres).Select(s => s.Version);

        Assert.NotEmpty(sqlite);
        Assert.Equal(sqlite, postgres);
    }
}
