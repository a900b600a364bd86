using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Services;

namespace VCRunbooks.Simulator.Services;

/// <summary>
/// The appliance (operating system) services and the vCenter (vMon) services of one appliance. While the
/// appliance's services restart (update install, reboot), the automatic vCenter services show STOPPED, then STARTING
/// for the last <see cref="StartingPhase"/> of the restart.
/// </summary>
internal sealed class ServicesFeature : IApplianceFeature<ServicesFeature>
{
    public static readonly TimeSpan StartingPhase = TimeSpan.FromMinutes(2);

    private readonly Appliance _appliance;

    private ServicesFeature(Appliance appliance)
    {
        _appliance = appliance;
        foreach (var (id, description, running) in ApplianceCatalog)
        {
            ApplianceServices[id] = new SimulatedService(id, description, StartupType.Automatic, running);
        }
        foreach (var (id, description, startup) in VCenterCatalog)
        {
            VCenterServices[id] = new SimulatedService(id, description, startup, startup == StartupType.Automatic);
        }
    }

    public static ServicesFeature Create(Appliance appliance) => new(appliance);

    public SortedDictionary<string, SimulatedService> ApplianceServices { get; } = new(StringComparer.Ordinal);
    public SortedDictionary<string, SimulatedService> VCenterServices { get; } = new(StringComparer.Ordinal);

    public void Advance(DateTimeOffset now)
    {
        foreach (var service in ApplianceServices.Values.Concat(VCenterServices.Values))
        {
            service.Advance(now);
        }
    }

    public SimulatedService FindAppliance(string id) => ApplianceServices.GetValueOrDefault(id) ?? throw VapiException.NotFound("Service", id);

    public SimulatedService FindVCenter(string id) => VCenterServices.GetValueOrDefault(id) ?? throw VapiException.NotFound("Service", id);

    public ApplianceServiceInfo ApplianceInfo(SimulatedService service, DateTimeOffset now) =>
        new() { Description = service.Description, State = service.State(now) };

    public VCenterServiceInfo VCenterInfo(SimulatedService service, DateTimeOffset now)
    {
        var state = service.State(now);
        if (_appliance.ServicesRestartingUntil is { } until && now < until && service.Startup == StartupType.Automatic)
        {
            state = until - now > StartingPhase ? ServiceState.Stopped : ServiceState.Starting;
        }
        return new VCenterServiceInfo
        {
            NameKey = $"cis.{service.Id}.ServiceName",
            DescriptionKey = $"cis.{service.Id}.ServiceDescription",
            StartupType = service.Startup,
            State = state,
            Health = state == ServiceState.Started ? ServiceHealth.Healthy : null,
            HealthMessages = state == ServiceState.Started ? [] : null,
        };
    }

    private static readonly (string, string, bool)[] ApplianceCatalog =
    [
        ("applmgmt", "Appliance management service", true),
        ("ntpd", "NTP daemon", true),
        ("rsyslog", "System log service", true),
        ("sshd", "Secure Shell daemon", true),
        ("systemd-timesyncd", "Network time synchronization", false),
        ("vmafdd", "VMware Authentication Framework", true),
        ("vmware-firewall", "VMware appliance firewall", true),
    ];

    private static readonly (string, string, StartupType)[] VCenterCatalog =
    [
        ("content-library", "VMware Content Library Service", StartupType.Automatic),
        ("eam", "VMware ESX Agent Manager", StartupType.Automatic),
        ("imagebuilder", "VMware Image Builder Manager", StartupType.Manual),
        ("lookupsvc", "VMware Lookup Service", StartupType.Automatic),
        ("netdumper", "VMware vSphere ESXi Dump Collector", StartupType.Disabled),
        ("rhttpproxy", "VMware HTTP Reverse Proxy", StartupType.Automatic),
        ("sps", "VMware vSphere Profile-Driven Storage Service", StartupType.Automatic),
        ("sts", "VMware Security Token Service", StartupType.Automatic),
        ("vapi-endpoint", "VMware vAPI Endpoint", StartupType.Automatic),
        ("vmware-vpostgres", "VMware Postgres", StartupType.Automatic),
        ("vpxd", "VMware vCenter Server", StartupType.Automatic),
        ("vpxd-svcs", "VMware vCenter-Services", StartupType.Automatic),
        ("vsphere-ui", "VMware vSphere Client", StartupType.Automatic),
    ];
}
