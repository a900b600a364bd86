using VCRunbooks.VCenter.Logging;

namespace VCRunbooks.VCenter.Client.LogForwarding;

/// <summary>Syslog forwarding of the appliance (appliance.logging.forwarding).</summary>
public interface ILogForwardingClient
{
    /// <summary>The syslog servers logs are forwarded to (<c>GET /api/appliance/logging/forwarding</c>); empty when none.</summary>
    Task<IReadOnlyList<ForwardingConfig>> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Replaces the whole forwarding configuration, at most three hosts on a real appliance (<c>PUT /api/appliance/logging/forwarding</c>); INVALID_ARGUMENT for a bad entry.</summary>
    Task SetAsync(IReadOnlyList<ForwardingConfig> configs, CancellationToken cancellationToken = default);

    /// <summary>Checks each configured host is reachable, optionally sending a test message (<c>POST /api/appliance/logging/forwarding?action=test</c>).</summary>
    Task<IReadOnlyList<ForwardingConnectionStatus>> TestAsync(bool sendTestMessage = false, CancellationToken cancellationToken = default);
}
