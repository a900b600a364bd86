using System.Collections.Concurrent;
using VCRunbooks.Simulator.Auth;
using VCRunbooks.Simulator.Clock;
using VCRunbooks.Simulator.Faults;
using VCRunbooks.Simulator.Ledger;
using VCRunbooks.Simulator.Tasks;
using VCRunbooks.VCenter.Deployment;

namespace VCRunbooks.Simulator.Appliances;

/// <summary>
/// One simulated vCenter Server appliance. All its state changes under <see cref="Sync"/>; the request
/// pipeline holds that lock while an operation runs, so operations on one appliance are serialised.
/// </summary>
public sealed class Appliance
{
    private readonly ConcurrentDictionary<Type, IApplianceFeature> _features = new();

    /// <summary>
    /// Creates the appliance from <paramref name="spec"/> at the clock's current time, with its SSO administrator and local root accounts (both SuperAdmin).
    /// Hosts create appliances through <see cref="ApplianceRegistry.Add"/>, which also routes requests to them.
    /// </summary>
    public Appliance(ApplianceSpec spec, VirtualClock clock, SimulatorOptions options, SimulatorWorld world)
    {
        Spec = spec;
        World = world;
        Clock = clock;
        Name = spec.Name;
        Version = spec.Version;
        Build = spec.Build ?? VersionCatalog.Find(spec.Version).Build;
        State = spec.State;
        CreatedAt = clock.GetUtcNow();
        Sessions = new SessionStore(options.SessionIdleTimeout);
        Users.Add(new UserAccount(spec.SsoUser, spec.SsoPassword, Role.SuperAdmin, IsLocal: false));
        Users.Add(new UserAccount("root", spec.RootPassword, Role.SuperAdmin, IsLocal: true));
        Tasks = new CisTaskStore(this);
    }

    /// <summary>The appliance's lock: hold it to read or change its state consistently with the requests in flight.</summary>
    public Lock Sync { get; } = new();
    /// <summary>The spec the appliance was created from.</summary>
    public ApplianceSpec Spec { get; }
    /// <summary>State shared with the other appliances of this simulator (backup locations, ...).</summary>
    public SimulatorWorld World { get; }
    /// <summary>The simulator's clock; every time the appliance records or reports is simulated time from it.</summary>
    public VirtualClock Clock { get; }
    /// <summary>The host name the appliance answers to.</summary>
    public string Name { get; }
    /// <summary>When the appliance was created, in simulated time.</summary>
    public DateTimeOffset CreatedAt { get; }

    /// <summary>The installed version, e.g. 8.0.2.00100; changes on install, restore and upgrade.</summary>
    public string Version { get; set; }
    /// <summary>The build number of <see cref="Version"/> (system/version <c>build</c>).</summary>
    public string Build { get; set; }
    /// <summary>When the installed version was installed (system/version install_time).</summary>
    public DateTimeOffset InstallTime { get; set; }
    /// <summary>Deployment (stage 2) state; CONFIGURED once the appliance runs as a vCenter.</summary>
    public ApplianceState State { get; set; }

    /// <summary>The SSO and local users that can log in.</summary>
    public UserDirectory Users { get; } = new();
    /// <summary>The API sessions opened with <c>POST /api/session</c> (or the /rest form) and their idle expiry.</summary>
    public SessionStore Sessions { get; }
    /// <summary>The faults injected through the control API (<c>POST /simulator/appliances/{name}/faults</c>).</summary>
    public FaultPlan Faults { get; } = new();
    /// <summary>Every side effect the appliance started, in order, for tests that prove exactly-once.</summary>
    public SideEffectLedger Ledger { get; } = new();
    /// <summary>The cis tasks started with <c>vmw-task=true</c>, as served by <c>/api/cis/tasks</c>.</summary>
    public CisTaskStore Tasks { get; }

    /// <summary>
    /// Until then the appliance's services are restarting (install, restore, reboot): API calls answer 503
    /// except the operations that a real appliance keeps answering.
    /// </summary>
    public DateTimeOffset? ServicesRestartingUntil { get; set; }

    /// <summary>True while the services are restarting at <paramref name="now"/> (see <see cref="ServicesRestartingUntil"/>).</summary>
    public bool ServicesRestarting(DateTimeOffset now) => ServicesRestartingUntil is { } until && now < until;

    /// <summary>The appliance's state for one operation family, created on first use.</summary>
    public T Feature<T>() where T : class, IApplianceFeature<T> =>
        (T)_features.GetOrAdd(typeof(T), _ => T.Create(this));

    /// <summary>Brings every feature forward to <paramref name="now"/>. Call under <see cref="Sync"/>.</summary>
    public void Advance(DateTimeOffset now)
    {
        // Features may create others while advancing (a restore touching deployment state), so take a snapshot.
        foreach (var feature in _features.Values.ToArray())
        {
            feature.Advance(now);
        }
        Tasks.Advance(now);
    }
}
