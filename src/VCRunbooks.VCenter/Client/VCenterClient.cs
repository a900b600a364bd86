using VCRunbooks.VCenter.Client.Backup;
using VCRunbooks.VCenter.Client.Connection;
using VCRunbooks.VCenter.Client.Deployment;
using VCRunbooks.VCenter.Client.Errors;
using VCRunbooks.VCenter.Client.Fips;
using VCRunbooks.VCenter.Client.Health;
using VCRunbooks.VCenter.Client.Identity;
using VCRunbooks.VCenter.Client.Infraprofile;
using VCRunbooks.VCenter.Client.LogForwarding;
using VCRunbooks.VCenter.Client.Lookup;
using VCRunbooks.VCenter.Client.Monitoring;
using VCRunbooks.VCenter.Client.Reconciliation;
using VCRunbooks.VCenter.Client.Restore;
using VCRunbooks.VCenter.Client.Services;
using VCRunbooks.VCenter.Client.Sessions;
using VCRunbooks.VCenter.Client.SupportBundle;
using VCRunbooks.VCenter.Client.SystemInfo;
using VCRunbooks.VCenter.Client.Tasks;
using VCRunbooks.VCenter.Client.Topology;
using VCRunbooks.VCenter.Client.Update;
using VCRunbooks.VCenter.Client.Waiting;

namespace VCRunbooks.VCenter.Client;

internal sealed class VCenterClient : IVCenterClient
{
    private readonly ClientContext _context;

    public VCenterClient(ClientContext context)
    {
        _context = context;
        Session = new SessionClient(context);
        Tasks = new TasksClient(context);
        Lookup = new LookupServiceClient(context);
        Reconciliation = new ReconciliationClient(context);
        SupportBundle = new SupportBundleClient(context, Tasks);
        Infraprofile = new InfraprofileClient(context, Tasks);
        Fips = new GlobalFipsClient(context);
        LogForwarding = new LogForwardingClient(context);
        IdentityProviders = new IdentityProvidersClient(context);
        Topology = new TopologyClient(context);
        System = new SystemClient(context);
        Services = new ServicesClient(context);
        Monitoring = new MonitoringClient(context);
        Health = new HealthClient(context);
        Update = new UpdateClient(context);
        Deployment = new DeploymentClient(context);
        Restore = new RestoreClient(context);
        Backup = new BackupClient(context);
    }

    public VCenterTarget Target => _context.Transport.Target;
    public ISessionClient Session { get; }
    public ITasksClient Tasks { get; }
    public ILookupServiceClient Lookup { get; }
    public IReconciliationClient Reconciliation { get; }
    public ISupportBundleClient SupportBundle { get; }
    public IInfraprofileClient Infraprofile { get; }
    public IGlobalFipsClient Fips { get; }
    public ILogForwardingClient LogForwarding { get; }
    public IIdentityProvidersClient IdentityProviders { get; }
    public ITopologyClient Topology { get; }
    public ISystemClient System { get; }
    public IServicesClient Services { get; }
    public IMonitoringClient Monitoring { get; }
    public IHealthClient Health { get; }
    public IUpdateClient Update { get; }
    public IDeploymentClient Deployment { get; }
    public IRestoreClient Restore { get; }
    public IBackupClient Backup { get; }
    public Poller Poller => _context.Poller;
    internal Transport.VapiTransport Transport => _context.Transport;

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _context.Transport.LogoutAsync(CancellationToken.None);
        }
        catch (VCenterException)
        {
            // The session may already have expired or the appliance be down; nothing is left to clean up then.
        }
        _context.Transport.Dispose();
    }
}
