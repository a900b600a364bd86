using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Contracts.Runs;
using VCRunbooks.Server.Live;
using VCRunbooks.Server.Tests.Messaging;

namespace VCRunbooks.Server.Tests.Live;

/// <summary>The bus feed's queue is recreated after a broker restart; streams that may have missed events are told so.</summary>
[Collection(BrokerTests.Name)]
public sealed class LiveFeedReconnectTests
{
    // Generous: RabbitMQ restarts slowly on a loaded machine and MassTransit reconnects with backoff.
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(3);

    [RabbitMqOutageFact]
    public async Task LiveFeed_RabbitMqStoppedAndStarted_CutsOffOpenStreamsThenFeedsNewOnes()
    {
        var services = new ServiceCollection().AddLogging().AddSingleton<RunEventHub>();
        services.AddMassTransit(bus =>
        {
            bus.AddLiveFeedConsumer();
            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(new Uri(RabbitMqFactAttribute.Url!));
                rabbit.ConfigureLiveFeedEndpoint(context);
            });
        });
        await using var provider = services.BuildServiceProvider();
        var hub = provider.GetRequiredService<RunEventHub>();
        var control = provider.GetRequiredService<IBusControl>();
        using var cancel = new CancellationTokenSource(Patience);
        await control.StartAsync(cancel.Token);
        try
        {
            var runId = $"run-{Guid.NewGuid():N}";
            using var before = hub.Subscribe(runId);
            await control.Publish(new RunStarted { RunId = runId, DefinitionId = "hello", Version = 1, At = DateTimeOffset.UtcNow }, cancel.Token);
            Assert.Equal("RunStarted", (await before.Reader.ReadAsync(cancel.Token)).Type);

            await LocalRabbitMq.StopAsync();
            await LocalRabbitMq.StartAsync();

            // The open stream ends, flagged as the feed's doing, so its client reconnects for a fresh snapshot.
            await before.Reader.Completion.WaitAsync(cancel.Token);
            Assert.True(before.Overflowed);
            Assert.True(before.FeedInterrupted);

            using var after = hub.Subscribe(runId);
            await control.Publish(new RunCompleted { RunId = runId, At = DateTimeOffset.UtcNow }, cancel.Token);
            Assert.Equal("RunCompleted", (await after.Reader.ReadAsync(cancel.Token)).Type);
        }
        finally
        {
            await control.StopAsync(CancellationToken.None);
        }
    }
}
