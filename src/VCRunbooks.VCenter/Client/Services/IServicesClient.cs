using VCRunbooks.VCenter.Client.Waiting;
using VCRunbooks.VCenter.Services;

namespace VCRunbooks.VCenter.Client.Services;

/// <summary>Services of the appliance (appliance.services) and of vCenter (vcenter.services, vMon).</summary>
public interface IServicesClient
{
    /// <summary>The appliance's services by id (<c>GET /api/appliance/services</c>).</summary>
    Task<IReadOnlyDictionary<string, ApplianceServiceInfo>> ListApplianceAsync(CancellationToken cancellationToken = default);

    /// <summary>One appliance service (<c>GET /api/appliance/services/{service}</c>); NOT_FOUND for an unknown id.</summary>
    Task<ApplianceServiceInfo> GetApplianceAsync(string service, CancellationToken cancellationToken = default);

    /// <summary>Starts an appliance service (<c>POST .../services/{service}?action=start</c>); NOT_ALLOWED_IN_CURRENT_STATE when it cannot.</summary>
    Task StartApplianceAsync(string service, CancellationToken cancellationToken = default);

    /// <summary>Stops an appliance service (<c>POST .../services/{service}?action=stop</c>).</summary>
    Task StopApplianceAsync(string service, CancellationToken cancellationToken = default);

    /// <summary>Restarts an appliance service (<c>POST .../services/{service}?action=restart</c>).</summary>
    Task RestartApplianceAsync(string service, CancellationToken cancellationToken = default);

    /// <summary>The vCenter (vMon) services by id (<c>GET /api/vcenter/services</c>).</summary>
    Task<IReadOnlyDictionary<string, VCenterServiceInfo>> ListVCenterAsync(CancellationToken cancellationToken = default);

    /// <summary>One vCenter service (<c>GET /api/vcenter/services/{service}</c>); NOT_FOUND for an unknown id.</summary>
    Task<VCenterServiceInfo> GetVCenterAsync(string service, CancellationToken cancellationToken = default);

    /// <summary>Starts a vCenter service (<c>POST /api/vcenter/services/{service}?action=start</c>); returns before it has STARTED.</summary>
    Task StartVCenterAsync(string service, CancellationToken cancellationToken = default);

    /// <summary>Stops a vCenter service (<c>POST .../services/{service}?action=stop</c>).</summary>
    Task StopVCenterAsync(string service, CancellationToken cancellationToken = default);

    /// <summary>Restarts a vCenter service (<c>POST .../services/{service}?action=restart</c>).</summary>
    Task RestartVCenterAsync(string service, CancellationToken cancellationToken = default);

    /// <summary>Polls a vCenter service until it reaches <paramref name="state"/> (services take a while to start and stop).</summary>
    Task<VCenterServiceInfo> WaitForVCenterStateAsync(string service, ServiceState state, WaitPolicy? policy = null, CancellationToken cancellationToken = default);

    /// <summary>Sets how a vCenter service starts (<c>PATCH /api/vcenter/services/{service}</c>).</summary>
    Task SetVCenterStartupTypeAsync(string service, StartupType startupType, CancellationToken cancellationToken = default);
}
