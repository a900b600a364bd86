using MassTransit;

namespace VCRunbooks.Server.Messaging;

/// <summary>MassTransit: in memory by default, RabbitMQ when <c>Bus:RabbitMq:Host</c> is set.</summary>
internal static class BusServiceCollectionExtensions
{
    /// <summary>Adds MassTransit: over RabbitMQ when <c>Bus:RabbitMq:Host</c> is set, in memory otherwise; bus options are validated at start.</summary>
    /// <param name="services">The server's services.</param>
    /// <param name="configuration">The configuration the <c>Bus</c> section is read from.</param>
    /// <param name="configure">Consumers and other registrations for either transport.</param>
    /// <param name="configureRabbitMq">Extra RabbitMQ-only endpoints (not made by ConfigureEndpoints), when RabbitMQ is configured.</param>
    public static IServiceCollection AddServerBus(
        this IServiceCollection services, IConfiguration configuration, Action<IBusRegistrationConfigurator>? configure = null,
        Action<IBusRegistrationContext, IRabbitMqBusFactoryConfigurator>? configureRabbitMq = null)
    {
        services.AddOptions<BusOptions>().BindConfiguration(BusOptions.SectionName)
            .Validate(o => o.RelayBatchSize > 0, "Bus:RelayBatchSize must be at least 1.")
            .Validate(o => o.RelayConcurrency > 0, "Bus:RelayConcurrency must be at least 1.")
            .Validate(o => o.PublishTimeout > TimeSpan.Zero, "Bus:PublishTimeout must be positive.")
            .ValidateOnStart();
        var options = configuration.GetSection(BusOptions.SectionName).Get<BusOptions>() ?? new BusOptions();
        services.AddMassTransit(bus =>
        {
            bus.SetKebabCaseEndpointNameFormatter();
            configure?.Invoke(bus);
            if (options.UsesRabbitMq)
            {
                bus.UsingRabbitMq((context, rabbit) =>
                {
                    ConfigureHost(rabbit, options.RabbitMq);
                    configureRabbitMq?.Invoke(context, rabbit);
                    rabbit.ConfigureEndpoints(context);
                });
            }
            else
            {
                bus.UsingInMemory((context, memory) => memory.ConfigureEndpoints(context));
            }
        });
        return services;
    }

    /// <summary>Relays the engine's outbox to the bus; call once an <see cref="IEventOutbox"/> is registered.</summary>
    public static IServiceCollection AddOutboxRelay(this IServiceCollection services)
    {
        services.AddHostedService<OutboxRelay>();
        return services;
    }

    private static void ConfigureHost(IRabbitMqBusFactoryConfigurator rabbit, RabbitMqOptions options)
    {
        if (Uri.TryCreate(options.Host, UriKind.Absolute, out var url) && url.Scheme is "amqp" or "amqps")
        {
            rabbit.Host(url);
            return;
        }
        rabbit.Host(options.Host, options.Port, options.VirtualHost, host =>
        {
            host.Username(options.Username);
            host.Password(options.Password);
        });
    }
}
