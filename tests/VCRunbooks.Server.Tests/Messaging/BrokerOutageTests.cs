namespace VCRunbooks.Server.Tests.Messaging;

/// <summary>A broker outage in the middle of a stream of events delays them and loses none.</summary>
[Collection(BrokerTests.Name)]
public sealed class BrokerOutageTests
{
    // Generous: RabbitMQ restarts slowly on a loaded machine and MassTransit reconnects with backoff.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(4);

    [RabbitMqOutageFact]
    public async Task Relay_RabbitMqStoppedAndStarted_EveryEventArrivesOnceInOrderPerRun()
    {
        const int runs = 3, before = 10, during = 10;
        await using var host = await RelayHost.StartAsync(RabbitMqFactAttribute.Url, Guid.NewGuid().ToString("N"));

        Add(host, runs, 0, before);
        await host.Received.Expect(runs * before).WaitAsync(Patience);
        await LocalRabbitMq.StopAsync();
        try
        {
            Add(host, runs, before, during);
            // The relay cannot deliver now; it holds the first event until the broker is back.
            Assert.True(host.Outbox.PendingCount > 0);
        }
        finally
        {
            await LocalRabbitMq.StartAsync();
        }
        await host.Received.Expect(runs * (before + during)).WaitAsync(Patience);

        OutboxRelayTests.AssertExactlyOnceInOrder(host.Received, runs, before + during);
        await host.Outbox.WhenEmpty().WaitAsync(Patience);
    }

    private static void Add(RelayHost host, int runs, int from, int count)
    {
        for (var i = from; i < from + count; i++)
        {
            for (var run = 0; run < runs; run++)
            {
                host.Outbox.Add($"run-{run}", new TestRunEvent($"run-{run}", i));
            }
        }
    }
}
