using VCRunbooks.VCenter.SystemInfo;

namespace VCRunbooks.VCenter.Client.SystemInfo;

/// <summary>Appliance version and shutdown (appliance.system.version, appliance.shutdown).</summary>
public interface ISystemClient
{
    Task<SystemVersion> GetVersionAsync(CancellationToken cancellationToken = default);

    /// <summary>The pending reboot or power-off, if any.</summary>
    Task<ShutdownConfig> GetShutdownAsync(CancellationToken cancellationToken = default);

    Task RebootAsync(TimeSpan delay, string reason, CancellationToken cancellationToken = default);

    Task PowerOffAsync(TimeSpan delay, string reason, CancellationToken cancellationToken = default);

    Task CancelShutdownAsync(CancellationToken cancellationToken = default);
}
