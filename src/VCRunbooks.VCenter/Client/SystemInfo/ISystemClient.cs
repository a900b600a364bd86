using VCRunbooks.VCenter.SystemInfo;

namespace VCRunbooks.VCenter.Client.SystemInfo;

/// <summary>Appliance version and shutdown (appliance.system.version, appliance.shutdown).</summary>
public interface ISystemClient
{
    /// <summary>The appliance version and build (<c>GET /api/appliance/system/version</c>).</summary>
    Task<SystemVersion> GetVersionAsync(CancellationToken cancellationToken = default);

    /// <summary>The pending reboot or power-off, if any (<c>GET /api/appliance/shutdown</c>).</summary>
    Task<ShutdownConfig> GetShutdownAsync(CancellationToken cancellationToken = default);

    /// <summary>Schedules a reboot after <paramref name="delay"/>, in whole minutes (zero reboots now) (<c>POST /api/appliance/shutdown?action=reboot</c>). Not retried.</summary>
    Task RebootAsync(TimeSpan delay, string reason, CancellationToken cancellationToken = default);

    /// <summary>Schedules a power-off after <paramref name="delay"/>, in whole minutes (zero powers off now) (<c>POST /api/appliance/shutdown?action=poweroff</c>). Not retried.</summary>
    Task PowerOffAsync(TimeSpan delay, string reason, CancellationToken cancellationToken = default);

    /// <summary>Cancels a pending reboot or power-off (<c>POST /api/appliance/shutdown?action=cancel</c>).</summary>
    Task CancelShutdownAsync(CancellationToken cancellationToken = default);
}
