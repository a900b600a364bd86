using VCRunbooks.Server.Logging;

namespace VCRunbooks.Server.Messaging;

/// <summary>RabbitMQ connection; the bus uses it when <see cref="Host"/> is set.</summary>
public sealed class RabbitMqOptions
{
    /// <summary>Host name, or a full <c>amqp://user:password@host:port/vhost</c> URL.</summary>
    public string? Host { get; set; }
    public ushort Port { get; set; } = 5672;
    public string VirtualHost { get; set; } = "/";
    public string Username { get; set; } = "guest";
    [Sensitive]
    public string Password { get; set; } = "guest";
}
