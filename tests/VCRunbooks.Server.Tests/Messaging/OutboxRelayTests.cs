namespace VCRunbooks.Server.Tests.Messaging;

/// <summary>The relay moves outbox events to the bus: all of them, each once, in order per run.</summary>
[Collection(BrokerTests.Name)]
public sealed class OutboxRelayTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Relay_InMemoryBus_DeliversEveryEventOnceInOrderPerRun()
    {
        await using var host = await RelayHost.StartAsync(rabbitMqUrl: null, Guid.NewGuid().ToString("N"));

        await RelayAndAssertAsync(host, runs: 3, eventsPerRun: 20);
    }

    [RabbitMqFact]
    public async Task Relay_RabbitMq_DeliversEveryEventOnceInOrderPerRun()
    {
        await using var host = await RelayHost.StartAsync(RabbitMqFactAttribute.Url, Guid.NewGuid().ToString("N"));

        await RelayAndAssertAsync(host, runs: 3, eventsPerRun: 50);
    }

    internal static async Task RelayAndAssertAsync(RelayHost host, int runs, int eventsPerRun)
    {
        for (var i = 0; i < eventsPerRun; i++)
        {
            for (var run = 0; run < runs; run++)
            {
                host.Outbox.Add($"run-{run}", new TestRunEvent($"run-{run}", i));
            }
        }

        await host.Received.Expect(runs * eventsPerRun).WaitAsync(Patience);

        AssertExactlyOnceInOrder(host.Received, runs, eventsPerRun);
        await host.Outbox.WhenEmpty().WaitAsync(Patience);
    }

    internal static void AssertExactlyOnceInOrder(ReceivedEvents received, int runs, int eventsPerRun)
    {
        var all = received.All.ToList();
        var duplicates = all.GroupBy(r => r.MessageId).Where(g => g.Count() > 1).Select(g => $"{g.Key}: {string.Join(",", g.Select(r => r.Event))}").ToList();
        Assert.True(duplicates.Count == 0, $"{duplicates.Count} delivered more than once: " + string.Join("; ", duplicates.Take(5)));
        Assert.Equal(runs * eventsPerRun, all.Count);
        foreach (var run in all.GroupBy(r => r.Event.RunId))
        {
            Assert.Equal(Enumerable.Range(0, eventsPerRun), run.Select(r => r.Event.Index));
        }
    }
}
