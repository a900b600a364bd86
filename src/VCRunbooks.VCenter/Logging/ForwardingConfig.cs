namespace VCRunbooks.VCenter.Logging;

/// <summary>appliance.logging.Forwarding.Config: one remote syslog server.</summary>
public sealed record ForwardingConfig
{
    /// <summary>FQDN or IP address of the syslog server.</summary>
    public required string Hostname { get; init; }
    /// <summary>Port the syslog server listens on, e.g. 514.</summary>
    public required long Port { get; init; }
    /// <summary>Transport used to forward.</summary>
    public required ForwardingProtocol Protocol { get; init; }
}
