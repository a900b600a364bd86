using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Engine.Persistence;
using VCRunbooks.Engine.Runs;
using VCRunbooks.Engine.Tests.Infrastructure;

namespace VCRunbooks.Engine.Tests.Runs;

public sealed class CommitStrategyTests
{
    private static async Task<long> CommitsForAsync(CommitStrategy strategy)
    {
        await using var storage = EngineStorage.Sqlite();
        await using var host = await TestEngine.StartAsync(storage, configure: o => o.CommitStrategy = strategy);
        await host.PublishAsync(Def.New("pure")
            .Act("a", "Log", new { Message = "a" }).Act("b", "Log", new { Message = "b" }).Act("side", "RecordStep").Act("c", "Log", new { Message = "c" })
            .Chain("start", "a", "b", "side", "c").Build());

        var run = await host.RunAsync("pure");

        Assert.Equal(RunStatus.Completed, run.Status);
        await using var db = await host.Services.GetRequiredService<IDbContextFactory<EngineDbContext>>().CreateDbContextAsync();
        return await db.Runs.Where(r => r.Id == run.Id).Select(r => r.Revision).SingleAsync();
    }

    [Fact]
    public async Task Batched_CommitsAfterSideEffectsAndAtTheEndOnly()
    {
        // One commit after the side-effecting RecordStep, one at completion; the pure steps ride along.
        Assert.Equal(2, await CommitsForAsync(CommitStrategy.Batched));
    }

    [Fact]
    public async Task EveryActivity_CommitsAfterEachActivity()
    {
        // Five activities, then the completion commit.
        Assert.Equal(6, await CommitsForAsync(CommitStrategy.EveryActivity));
    }
}
