using VCRunbooks.VCenter.Common;

namespace VCRunbooks.VCenter.Logging;

/// <summary>appliance.logging.Forwarding.ConnectionStatus: whether the appliance reaches one server.</summary>
public sealed record ForwardingConnectionStatus
{
    public required string Hostname { get; init; }
    public required ConnectionState State { get; init; }
    public LocalizableMessage? Message { get; init; }
}
