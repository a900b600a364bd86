using VCRunbooks.VCenter.Client.Transport;
using VCRunbooks.VCenter.Client.Validation;
using VCRunbooks.VCenter.Client.Waiting;
using VCRunbooks.VCenter.Services;

namespace VCRunbooks.VCenter.Client.Services;

internal sealed class ServicesClient(ClientContext context) : IServicesClient
{
    private const string Appliance = "/appliance/services";
    private const string VCenter = "/vcenter/services";

    public Task<IReadOnlyDictionary<string, ApplianceServiceInfo>> ListApplianceAsync(CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync<IReadOnlyDictionary<string, ApplianceServiceInfo>>(VapiRequest.Get("/api" + Appliance, "/rest" + Appliance), cancellationToken);

    public Task<ApplianceServiceInfo> GetApplianceAsync(string service, CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync<ApplianceServiceInfo>(One(Appliance, service), cancellationToken);

    public Task StartApplianceAsync(string service, CancellationToken cancellationToken = default) => Act(Appliance, service, "start", cancellationToken);

    public Task StopApplianceAsync(string service, CancellationToken cancellationToken = default) => Act(Appliance, service, "stop", cancellationToken);

    public Task RestartApplianceAsync(string service, CancellationToken cancellationToken = default) => Act(Appliance, service, "restart", cancellationToken);

    public Task<IReadOnlyDictionary<string, VCenterServiceInfo>> ListVCenterAsync(CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync<IReadOnlyDictionary<string, VCenterServiceInfo>>(VapiRequest.Get("/api" + VCenter, "/rest" + VCenter), cancellationToken);

    public Task<VCenterServiceInfo> GetVCenterAsync(string service, CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync<VCenterServiceInfo>(One(VCenter, service), cancellationToken);

    public Task StartVCenterAsync(string service, CancellationToken cancellationToken = default) => Act(VCenter, service, "start", cancellationToken);

    public Task StopVCenterAsync(string service, CancellationToken cancellationToken = default) => Act(VCenter, service, "stop", cancellationToken);

    public Task RestartVCenterAsync(string service, CancellationToken cancellationToken = default) => Act(VCenter, service, "restart", cancellationToken);

    public Task<VCenterServiceInfo> WaitForVCenterStateAsync(string service, ServiceState state, WaitPolicy? policy = null, CancellationToken cancellationToken = default)
    {
        Paths.Segment(service, nameof(service));
        Arguments.Defined(state, nameof(state));
        return context.Poller.UntilAsync($"service {service} {state}", ct => GetVCenterAsync(service, ct), i => i.State == state,
            policy ?? context.DefaultWait, i => i.State, null, cancellationToken);
    }

    public Task SetVCenterStartupTypeAsync(string service, StartupType startupType, CancellationToken cancellationToken = default)
    {
        var id = Paths.Segment(service, nameof(service));
        Arguments.Defined(startupType, nameof(startupType));
        return context.Transport.SendAsync(new VapiRequest
        {
            Method = HttpMethod.Patch, Api = $"/api{VCenter}/{id}", Rest = $"/rest{VCenter}/{id}", RestBodyName = "spec",
            Body = new ServiceUpdateSpec { StartupType = startupType }, Retry = RetryMode.Safe,
        }, cancellationToken);
    }

    private static VapiRequest One(string path, string service)
    {
        var id = Paths.Segment(service, nameof(service));
        return VapiRequest.Get($"/api{path}/{id}", $"/rest{path}/{id}");
    }

    // Start and stop are idempotent in effect, but a restart is not: none of them is retried.
    private Task Act(string path, string service, string action, CancellationToken cancellationToken)
    {
        var id = Paths.Segment(service, nameof(service));
        return context.Transport.SendAsync(new VapiRequest { Method = HttpMethod.Post, Api = $"/api{path}/{id}?action={action}", Rest = $"/rest{path}/{id}/{action}" }, cancellationToken);
    }
}
