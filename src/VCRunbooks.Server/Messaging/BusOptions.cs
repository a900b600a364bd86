namespace VCRunbooks.Server.Messaging;

/// <summary>The message bus; bound from the <c>Bus</c> configuration section. In memory unless RabbitMQ is configured.</summary>
public sealed class BusOptions
{
    public const string SectionName = "Bus";

    public RabbitMqOptions RabbitMq { get; set; } = new();

    /// <summary>
    /// How long the relay waits for the broker to take one event before it gives up on that attempt and retries.
    /// Long on purpose: during an outage MassTransit holds the publish and sends it on reconnect, and cancelling
    /// it early and publishing again is what would deliver the event twice.
    /// </summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromMinutes(5);

    public bool UsesRabbitMq => !string.IsNullOrWhiteSpace(RabbitMq.Host);
}
