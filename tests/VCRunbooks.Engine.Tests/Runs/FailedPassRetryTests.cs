using VCRunbooks.Engine.Dispatch;
using VCRunbooks.Engine.Runs;
using VCRunbooks.Engine.Tests.Infrastructure;

namespace VCRunbooks.Engine.Tests.Runs;

public sealed class FailedPassRetryTests
{
    [Fact]
    public async Task FailedPass_DatabaseUnavailableAtCommit_PassesAgainAfterFiveSecondsOnTheTimeProvider()
    {
        await using var storage = EngineStorage.Sqlite();
        var probe = new Probe();
        await using var host = await TestEngine.StartAsync(storage, configure: o => o.Interceptors.Add(probe.Outage), probe: probe);
        await host.PublishAsync(Def.New("outage").Act("cut", "CutStore").Act("rec", "RecordStep", new { Label = "rec" }).Chain("start", "cut", "rec").Build());

        var run = await host.Engine.StartRunAsync("outage");
        await host.IdleAsync();
        var afterFailure = await host.GetAsync(run.Id);
        await host.AdvanceAsync(ChannelRunDispatcher.FailedPassRetry - TimeSpan.FromMilliseconds(1));
        var justBefore = await host.GetAsync(run.Id);
        var executedBefore = probe.Labels;
        await host.AdvanceAsync(TimeSpan.FromMilliseconds(1));

        // The failed commit lost nothing durable: the run is still at its start, and the retried pass re-executes
        // the step whose commit failed (at-least-once) before going on.
        Assert.Equal(RunStatus.Running, afterFailure.Status);
        Assert.Equal(RunStatus.Running, justBefore.Status);
        Assert.Equal(["cut"], executedBefore);
        Assert.Equal(RunStatus.Completed, (await host.GetAsync(run.Id)).Status);
        Assert.Equal(["cut", "cut", "rec"], probe.Labels);
    }
}
