using VCRunbooks.VCenter.Common;

namespace VCRunbooks.VCenter.Logging;

/// <summary>appliance.logging.Forwarding.ConnectionStatus: whether the appliance reaches one server.</summary>
public sealed record ForwardingConnectionStatus
{
    /// <summary>FQDN or IP address of the configured server.</summary>
    public required string Hostname { get; init; }
    /// <summary>Whether the appliance reaches it.</summary>
    public required ConnectionState State { get; init; }
    /// <summary>Details of the state; null when there is nothing to say.</summary>
    public LocalizableMessage? Message { get; init; }
}
