using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Contracts.Runs;
using VCRunbooks.Server.Live;

namespace VCRunbooks.Server.Tests.Live;

/// <summary>The bus feed of live streams (several nodes): every run event from the bus reaches the hub once, in order.</summary>
public sealed class BusRunEventConsumerTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 27, 4, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Consume_EventsRelayedTwice_ReachTheHubOnceInPublishOrderAsEngineJson()
    {
        var services = new ServiceCollection().AddLogging().AddSingleton<RunEventHub>();
        services.AddMassTransit(bus =>
        {
            bus.AddLiveFeedConsumer();
            bus.UsingInMemory((context, memory) => memory.ReceiveEndpoint("live-feed-test", endpoint =>
            {
                endpoint.ConcurrentMessageLimit = 1;
                endpoint.ConfigureConsumer<BusRunEventConsumer>(context);
            }));
        });
        await using var provider = services.BuildServiceProvider();
        var hub = provider.GetRequiredService<RunEventHub>();
        using var subscription = hub.Subscribe("run-1");
        var control = provider.GetRequiredService<IBusControl>();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await control.StartAsync(cancel.Token);
        try
        {
            Guid started = Guid.NewGuid(), activity = Guid.NewGuid(), completed = Guid.NewGuid();
            // Two nodes relay the same outbox rows: the copies carry the same MessageId.
            await PublishAsync(control, new RunStarted { RunId = "run-1", DefinitionId = "hello", Version = 1, At = At }, started);
            await PublishAsync(control, new RunStarted { RunId = "run-1", DefinitionId = "hello", Version = 1, At = At }, started);
            await PublishAsync(control, new ActivityStarted { RunId = "run-1", ActivityId = "say", ActivityType = "Log", Attempt = 1, At = At }, activity);
            await PublishAsync(control, new ActivityStarted { RunId = "run-1", ActivityId = "say", ActivityType = "Log", Attempt = 1, At = At }, activity);
            await PublishAsync(control, new RunCompleted { RunId = "run-1", At = At }, completed);

            var seen = new List<LiveEvent>();
            while (seen.LastOrDefault()?.Type != "RunCompleted")
            {
                seen.Add(await subscription.Reader.ReadAsync(cancel.Token));
            }

            Assert.Equal(["RunStarted", "ActivityStarted", "RunCompleted"], seen.Select(e => e.Type));
            Assert.All(seen, e => Assert.Equal("run-1", e.RunId));
            Assert.Equal("""{"runId":"run-1","definitionId":"hello","version":1,"at":"2026-11-27T04:00:00+00:00"}""", seen[0].Payload);
            Assert.Equal(seen.Select(e => e.Id).Order(), seen.Select(e => e.Id));
            Assert.False(subscription.Reader.TryRead(out _));
        }
        finally
        {
            await control.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public void TryAdd_MoreIdsThanItsCapacity_ForgetsTheOldestOnly()
    {
        var recent = new RecentMessageIds();
        var ids = Enumerable.Range(0, RecentMessageIds.Capacity + 1).Select(_ => Guid.NewGuid()).ToList();

        Assert.All(ids, id => Assert.True(recent.TryAdd(id)));

        Assert.False(recent.TryAdd(ids[^1]));
        Assert.False(recent.TryAdd(ids[1]));
        Assert.True(recent.TryAdd(ids[0]));
    }

    private static Task PublishAsync<T>(IBus bus, T message, Guid messageId)
        where T : class =>
        bus.Publish(message, context => context.MessageId = messageId);
}
