using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using VCRunbooks.Server.Messaging;
using VCRunbooks.Server.Metrics;

namespace VCRunbooks.Server.Tests.Messaging;

/// <summary>The server's bus and outbox relay in a plain host, with a recording consumer on the same bus.</summary>
internal sealed class RelayHost : IAsyncDisposable
{
    private readonly IHost _host;

    private RelayHost(IHost host, InMemoryOutbox outbox, ReceivedEvents received)
    {
        _host = host;
        Outbox = outbox;
        Received = received;
    }

    public InMemoryOutbox Outbox { get; }
    public ReceivedEvents Received { get; }
    public IServiceProvider Services => _host.Services;

    public static async Task<RelayHost> StartAsync(string? rabbitMqUrl, string queueSuffix)
    {
        var builder = Host.CreateApplicationBuilder();
        if (rabbitMqUrl is not null)
        {
            builder.Configuration.AddInMemoryCollection([new("Bus:RabbitMq:Host", rabbitMqUrl)]);
        }
        var outbox = new InMemoryOutbox();
        var received = new ReceivedEvents();
        builder.Services.AddSingleton(received);
        builder.Services.AddSingleton<IEventOutbox>(outbox);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddMetrics();
        builder.Services.AddSingleton<ServerMetrics>();
        builder.Services.AddServerBus(builder.Configuration, bus =>
            bus.AddConsumer<RecordingConsumer>().Endpoint(e =>
            {
                e.Name = "relay-test-" + queueSuffix;
                // One at a time: a consumer that needs per-run order processes its queue in order.
                e.ConcurrentMessageLimit = 1;
            }));
        builder.Services.AddOutboxRelay();
        // The test consumer's queue must exist before the relay publishes, or the broker drops what has no binding.
        builder.Services.Configure<MassTransitHostOptions>(o => o.WaitUntilStarted = true);
        var started = new RelayHost(builder.Build(), outbox, received);
        await started._host.StartAsync();
        return started;
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
