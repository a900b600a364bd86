using VCRunbooks.Engine.Tests.Infrastructure;

namespace VCRunbooks.Engine.Tests.Persistence;

/// <summary>Schema 007 on PostgreSQL: the index child runs are found by.</summary>
[RequiresPostgres]
public sealed class PostgresParentRunIndexTests
{
    [Fact]
    public async Task Postgres_RunsHaveTheParentIndex()
    {
        await using var storage = await EngineStorage.PostgresAsync();
        await using var host = await TestEngine.StartAsync(storage);

        var definition = Assert.Single(await ParentRunIndexTests.QueryAsync(host.Services, "SELECT indexdef FROM pg_indexes WHERE tablename = 'runs' AND indexname = 'ix_runs_parent'", column: 0));

        Assert.Contains("(parent_run_id, created_at_ms)", definition, StringComparison.Ordinal);
    }
}
