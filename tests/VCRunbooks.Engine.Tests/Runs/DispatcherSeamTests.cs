using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using VCRunbooks.Engine.Dispatch;
using VCRunbooks.Engine.Runs;
using VCRunbooks.Engine.Tests.Infrastructure;

namespace VCRunbooks.Engine.Tests.Runs;

public sealed class DispatcherSeamTests
{
    [Fact]
    public async Task UseDispatcher_BusStyleDispatcher_RunsCompleteThroughIRunWorker()
    {
        await using var storage = EngineStorage.Sqlite();
        var services = new ServiceCollection();
        services.AddSingleton(new Probe());
        services.AddRunbookEngine(storage.Apply).AddActivity<RecordStep>().UseDispatcher<QueueDispatcher>();
        await using var provider = services.BuildServiceProvider();
        var host = provider.GetServices<IHostedService>().Single();
        await host.StartAsync(CancellationToken.None);
        var engine = provider.GetRequiredService<IRunbookEngine>();
        var queue = (QueueDispatcher)provider.GetRequiredService<IRunDispatcher>();
        var worker = provider.GetRequiredService<IRunWorker>();
        await engine.PublishAsync(Def.New("child").Act("rec", "RecordStep", new { Label = "child" }).Chain("start", "rec").Build());
        await engine.PublishAsync(Def.New("parent").Act("sub", "RunRunbook", new { DefinitionId = "child" }).Chain("start", "sub").Build());

        var run = await engine.StartRunAsync("parent");
        var passes = 0;
        while (queue.Sent.TryDequeue(out var runId))
        {
            passes++;
            await worker.ExecuteAsync(runId, CancellationToken.None);
        }

        await host.StopAsync(CancellationToken.None);
        Assert.Equal(RunStatus.Completed, (await engine.GetRunAsync(run.Id))!.Status);
        Assert.Equal(3, passes);
        Assert.Equal(["child"], provider.GetRequiredService<Probe>().Labels);
    }

    private sealed class QueueDispatcher : IRunDispatcher
    {
        public ConcurrentQueue<string> Sent { get; } = new();

        public ValueTask DispatchAsync(string runId, CancellationToken cancellationToken)
        {
            Sent.Enqueue(runId);
            return ValueTask.CompletedTask;
        }
    }
}
