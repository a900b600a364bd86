namespace VCRunbooks.Server.Messaging;

/// <summary>The message bus; bound from the <c>Bus</c> configuration section. In memory unless RabbitMQ is configured.</summary>
public sealed class BusOptions
{
    public const string SectionName = "Bus";

    public RabbitMqOptions RabbitMq { get; set; } = new();

    /// <summary>How long the relay waits for the broker to take one event before it backs off and retries.</summary>
    public TimeSpan PublishTimeout { get; set; } = TimeSpan.FromSeconds(10);

    public bool UsesRabbitMq => !string.IsNullOrWhiteSpace(RabbitMq.Host);
}
