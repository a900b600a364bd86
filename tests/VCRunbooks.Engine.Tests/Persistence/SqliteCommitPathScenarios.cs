using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Engine.Persistence;
using VCRunbooks.Engine.Tests.Infrastructure;

namespace VCRunbooks.Engine.Tests.Persistence;

public sealed class SqliteCommitPathScenarios : CommitPathScenarios
{
    protected override Task<EngineStorage> CreateStorageAsync() => Task.FromResult(EngineStorage.Sqlite());

    [Fact]
    public async Task CommitAsync_PassWithManyEvents_WritesThemAsOneOutboxRow()
    {
        var run = await RunLogsAsync();

        var messages = (await Host.Outbox.ReadAsync(0, 1000)).Count(m => m.RunId == run.Id);
        await using var db = await Host.Services.GetRequiredService<IDbContextFactory<EngineDbContext>>().CreateDbContextAsync();
        var rows = await db.Outbox.Where(o => o.RunId == run.Id).Select(o => o.EventCount).ToListAsync();

        // RunStarted with the insert, everything else with the pass's one commit.
        Assert.Equal([1, messages - 1], rows);
    }

    [Fact]
    public async Task CommitAsync_PassWithManyJournalLines_WritesThemAsOneJournalRow()
    {
        var run = await RunLogsAsync();

        var lines = await Engine.GetJournalAsync(run.Id);
        await using var db = await Host.Services.GetRequiredService<IDbContextFactory<EngineDbContext>>().CreateDbContextAsync();
        var rows = await db.Journal.Where(j => j.RunId == run.Id).Select(j => new { j.Kind, j.Seq }).ToListAsync();

        Assert.True(lines.Count > 2, $"only {lines.Count} lines");
        Assert.Equal([(JournalBatch.Kind, lines[^1].Seq)], rows.Select(r => (r.Kind, r.Seq)));
    }
}
