using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Engine.Persistence;
using VCRunbooks.Engine.Tests.Infrastructure;

namespace VCRunbooks.Engine.Tests.Persistence;

/// <summary>A run's child runs (GET /api/runs?parent=) are read through an index, not a scan of every run (schema 007).</summary>
public sealed class ParentRunIndexTests
{
    [Fact]
    public async Task Sqlite_ChildRunsOfAParent_AreReadThroughTheParentIndex()
    {
        await using var storage = EngineStorage.Sqlite();
        await using var host = await TestEngine.StartAsync(storage);

        var plan = string.Join("\n", await QueryAsync(host.Services, "EXPLAIN QUERY PLAN SELECT id FROM runs WHERE parent_run_id = 'p' ORDER BY created_at_ms DESC", column: 3));

        Assert.Contains("USING INDEX ix_runs_parent", plan, StringComparison.Ordinal);
        Assert.DoesNotContain("USE TEMP B-TREE", plan, StringComparison.Ordinal);
    }

    internal static async Task<List<string>> QueryAsync(IServiceProvider services, string sql, int column)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<EngineDbContext>>().CreateDbContextAsync();
        await db.Database.OpenConnectionAsync();
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetValue(column).ToString()!);
        }

        return rows;
    }
}
