namespace VCRunbooks.Server.Messaging;

/// <summary>The message bus; bound from the <c>Bus</c> configuration section. In memory unless RabbitMQ is configured.</summary>
public sealed class BusOptions
{
    /// <summary>The configuration section: <c>Bus</c>.</summary>
    public const string SectionName = "Bus";

    /// <summary>The RabbitMQ connection (<c>Bus:RabbitMq</c>); the bus stays in memory while its host is empty.</summary>
    public RabbitMqOptions RabbitMq { get; set; } = new();

    /// <summary>
    /// How long the relay waits for the broker to take one event before it gives up on that attempt and retries.
    /// Long on purpose: during an outage MassTransit holds the publish and sends it on reconnect, and cancelling
    /// it early and publishing again is what would deliver the event twice.
    /// </summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How many outbox events the relay reads and publishes per round; one outbox delete per round.</summary>
    public int RelayBatchSize { get; set; } = 2000;

    /// <summary>
    /// How many runs' events the relay publishes at once. Each run's events go out one after another (the next
    /// only once the broker confirmed the previous), so consumers see every run in order; runs go in parallel.
    /// A round takes about as many broker round trips as its busiest run has events, so throughput comes from
    /// many runs at once: with 64 the relay fell behind a 2-CPU server starting runs, with 256 it kept up.
    /// </summary>
    public int RelayConcurrency { get; set; } = 256;

    /// <summary>True when <c>Bus:RabbitMq:Host</c> is set.</summary>
    public bool UsesRabbitMq => !string.IsNullOrWhiteSpace(RabbitMq.Host);
}
