namespace VCRunbooks.VCenter.Logging;

/// <summary>appliance.logging.Forwarding.Config: one remote syslog server.</summary>
public sealed record ForwardingConfig
{
    public required string Hostname { get; init; }
    public required long Port { get; init; }
    public required ForwardingProtocol Protocol { get; init; }
}
