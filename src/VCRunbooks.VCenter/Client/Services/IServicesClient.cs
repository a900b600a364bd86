using VCRunbooks.VCenter.Client.Waiting;
using VCRunbooks.VCenter.Services;

namespace VCRunbooks.VCenter.Client.Services;

/// <summary>Services of the appliance (appliance.services) and of vCenter (vcenter.services, vMon).</summary>
public interface IServicesClient
{
    Task<IReadOnlyDictionary<string, ApplianceServiceInfo>> ListApplianceAsync(CancellationToken cancellationToken = default);

    Task<ApplianceServiceInfo> GetApplianceAsync(string service, CancellationToken cancellationToken = default);

    Task StartApplianceAsync(string service, CancellationToken cancellationToken = default);

    Task StopApplianceAsync(string service, CancellationToken cancellationToken = default);

    Task RestartApplianceAsync(string service, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<string, VCenterServiceInfo>> ListVCenterAsync(CancellationToken cancellationToken = default);

    Task<VCenterServiceInfo> GetVCenterAsync(string service, CancellationToken cancellationToken = default);

    Task StartVCenterAsync(string service, CancellationToken cancellationToken = default);

    Task StopVCenterAsync(string service, CancellationToken cancellationToken = default);

    Task RestartVCenterAsync(string service, CancellationToken cancellationToken = default);

    /// <summary>Polls a vCenter service until it reaches <paramref name="state"/> (services take a while to start and stop).</summary>
    Task<VCenterServiceInfo> WaitForVCenterStateAsync(string service, ServiceState state, WaitPolicy? policy = null, CancellationToken cancellationToken = default);

    Task SetVCenterStartupTypeAsync(string service, StartupType startupType, CancellationToken cancellationToken = default);
}
