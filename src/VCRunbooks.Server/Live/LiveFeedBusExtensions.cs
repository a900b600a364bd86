using MassTransit;

namespace VCRunbooks.Server.Live;

/// <summary>
/// Where live streams get their events. One node: from the engine's commits. Several nodes (PostgreSQL and
/// RabbitMQ): from the bus, on a queue of this node's own, so a node shows the runs every node executes.
/// </summary>
internal static class LiveFeedBusExtensions
{
    /// <summary>Enough messages in flight that one consumer keeps up; order holds because they are consumed one at a time.</summary>
    private const int Prefetch = 512;

    /// <summary>Feeds the hub from the engine's commits: the one-node default.</summary>
    public static IServiceCollection AddLiveFeedFromCommits(this IServiceCollection services)
    {
        services.AddSingleton<Engine.IRunEventObserver>(sp => sp.GetRequiredService<RunEventHub>());
        return services;
    }

    /// <summary>Registers the bus feed's consumer; its endpoint is made by <see cref="ConfigureLiveFeedEndpoint"/>, not by ConfigureEndpoints.</summary>
    public static void AddLiveFeedConsumer(this IBusRegistrationConfigurator bus)
    {
        bus.AddSingleton<RecentMessageIds>();
        bus.AddSingleton<LiveFeedEndpointObserver>();
        bus.AddConsumer<BusRunEventConsumer>().ExcludeFromConfigureEndpoints();
    }

    /// <summary>
    /// A temporary queue (non-durable, auto-delete, uniquely named) bound to every run event's exchange: each node
    /// gets its own copy of every event, and a stopped node leaves nothing behind. One message at a time keeps each
    /// run's events in the order the relay published them (it publishes a run's next event only once the broker
    /// confirmed the previous one).
    /// </summary>
    public static void ConfigureLiveFeedEndpoint(this IRabbitMqBusFactoryConfigurator rabbit, IBusRegistrationContext context)
    {
        rabbit.ReceiveEndpoint(new TemporaryEndpointDefinition("live"), KebabCaseEndpointNameFormatter.Instance, endpoint =>
        {
            endpoint.ConcurrentMessageLimit = 1;
            endpoint.PrefetchCount = Prefetch;
            endpoint.ConfigureConsumer<BusRunEventConsumer>(context);
            endpoint.ConnectReceiveEndpointObserver(context.GetRequiredService<LiveFeedEndpointObserver>());
        });
    }
}
