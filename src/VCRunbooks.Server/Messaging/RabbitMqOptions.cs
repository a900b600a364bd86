using VCRunbooks.Server.Logging;

namespace VCRunbooks.Server.Messaging;

/// <summary>RabbitMQ connection; the bus uses it when <see cref="Host"/> is set.</summary>
public sealed class RabbitMqOptions
{
    /// <summary>Host name, or a full <c>amqp://user:password@host:port/vhost</c> URL.</summary>
    public string? Host { get; set; }
    /// <summary>The AMQP port; ignored when <see cref="Host"/> is a URL.</summary>
    public ushort Port { get; set; } = 5672;
    /// <summary>The virtual host; ignored when <see cref="Host"/> is a URL.</summary>
    public string VirtualHost { get; set; } = "/";
    /// <summary>The user; ignored when <see cref="Host"/> is a URL.</summary>
    public string Username { get; set; } = "guest";
    /// <summary>The user's password; redacted in logs, ignored when <see cref="Host"/> is a URL.</summary>
    [Sensitive]
    public string Password { get; set; } = "guest";
}
