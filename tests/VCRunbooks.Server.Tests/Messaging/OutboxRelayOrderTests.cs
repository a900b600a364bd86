using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace VCRunbooks.Server.Tests.Messaging;

/// <summary>The relay publishes runs in parallel but each run strictly in order, and a refused event costs no duplicate.</summary>
[Collection(BrokerTests.Name)]
public sealed class OutboxRelayOrderTests
{
    private const int Runs = 3, EventsPerRun = 20;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Relay_OneRunHeldAtTheBus_OtherRunsGoAheadAndItsLaterEventsWait()
    {
        await using var host = await RelayHost.StartAsync(rabbitMqUrl: null, Guid.NewGuid().ToString("N"));
        var interceptor = new PublishInterceptor { Hold = new TestRunEvent("run-0", 0) };
        using var observer = host.Services.GetRequiredService<IBus>().ConnectPublishObserver(interceptor);

        host.Outbox.AddAll(Events());
        try
        {
            await interceptor.Holding.WaitAsync(Patience);
            // The other runs need nothing from run-0: all their events arrive while its first one is held...
            await host.Received.Expect((Runs - 1) * EventsPerRun).WaitAsync(Patience);
            // ...and none of run-0's later events went past the held one.
            Assert.DoesNotContain(host.Received.All, r => r.Event.RunId == "run-0");
        }
        finally
        {
            // Also on failure, so the host can stop.
            interceptor.Release();
        }
        await host.Received.Expect(Runs * EventsPerRun).WaitAsync(Patience);

        OutboxRelayTests.AssertExactlyOnceInOrder(host.Received, Runs, EventsPerRun);
        await host.Outbox.WhenEmpty().WaitAsync(Patience);
    }

    [Fact]
    public async Task Relay_BusRefusesAnEventOnce_RetriesFromItWithoutDuplicatesOrReorder()
    {
        await using var host = await RelayHost.StartAsync(rabbitMqUrl: null, Guid.NewGuid().ToString("N"));
        var interceptor = new PublishInterceptor();
        // In the middle of the batch: events of other runs after it are confirmed before the failure is known.
        interceptor.FailOnce(new TestRunEvent("run-1", 5));
        using var observer = host.Services.GetRequiredService<IBus>().ConnectPublishObserver(interceptor);

        host.Outbox.AddAll(Events());
        await host.Received.Expect(Runs * EventsPerRun).WaitAsync(Patience);
        await host.Outbox.WhenEmpty().WaitAsync(Patience);

        OutboxRelayTests.AssertExactlyOnceInOrder(host.Received, Runs, EventsPerRun);
        Assert.Equal(Runs * EventsPerRun, interceptor.Published.Count);
    }

    [Fact]
    public async Task Relay_EventsWaitingTogether_MarksThemPublishedWithOneOutboxDelete()
    {
        await using var host = await RelayHost.StartAsync(rabbitMqUrl: null, Guid.NewGuid().ToString("N"));

        host.Outbox.AddAll(Events());
        await host.Outbox.WhenEmpty().WaitAsync(Patience);

        Assert.Equal(1, host.Outbox.MarkCount);
        await host.Received.Expect(Runs * EventsPerRun).WaitAsync(Patience);
        OutboxRelayTests.AssertExactlyOnceInOrder(host.Received, Runs, EventsPerRun);
    }

    /// <summary>Interleaved as concurrent runs commit them: event i of every run, then event i + 1.</summary>
    private static IEnumerable<(string, object)> Events() =>
        from i in Enumerable.Range(0, EventsPerRun)
        from run in Enumerable.Range(0, Runs)
        select ($"run-{run}", (object)new TestRunEvent($"run-{run}", i));
}
