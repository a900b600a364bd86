using VCRunbooks.VCenter.Client.Backup;
using VCRunbooks.VCenter.Client.Connection;
using VCRunbooks.VCenter.Client.Deployment;
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

/// <summary>Typed access to one vCenter Server or appliance; one property per operation family.</summary>
/// <remarks>
/// Every call throws the same exceptions: <see cref="ArgumentException"/> for a bad argument, before anything is sent;
/// <see cref="Errors.VCenterException"/> when vCenter answers with an error (its <c>ErrorType</c> and HTTP status
/// say which, e.g. NOT_FOUND and 404); <see cref="Errors.VCenterConnectionException"/> when there is no usable
/// answer; <see cref="Errors.VCenterCertificateException"/> when the server's certificate is rejected; and
/// <see cref="NotSupportedException"/> for an operation without a /rest form on a <c>Rest</c> target. Transient
/// failures of calls that are safe to repeat are retried first (<see cref="VCenterClientOptions.Retry"/>).
/// Waits throw <see cref="Errors.VCenterOperationFailedException"/> when the operation fails and
/// <see cref="Errors.VCenterWaitTimeoutException"/> when it outlasts the wait's timeout.
/// </remarks>
public interface IVCenterClient : IAsyncDisposable
{
    /// <summary>The target this client talks to.</summary>
    VCenterTarget Target { get; }

    /// <summary>The client's SSO session (<c>/api/session</c>).</summary>
    ISessionClient Session { get; }

    /// <summary>Asynchronous operations (<c>/api/cis/tasks</c>).</summary>
    ITasksClient Tasks { get; }

    /// <summary>The Lookup Service (SOAP): service endpoints of the nodes of the SSO domain.</summary>
    ILookupServiceClient Lookup { get; }

    /// <summary>File-based backup: parts, validation, jobs, schedules, archives.</summary>
    IBackupClient Backup { get; }

    /// <summary>Restore from a backup (management side, local root).</summary>
    IRestoreClient Restore { get; }

    /// <summary>Stage 2: install, upgrade, migrate, questions, history import (management side).</summary>
    IDeploymentClient Deployment { get; }

    /// <summary>Appliance patching: pending updates, precheck, stage, install, rollback, policy.</summary>
    IUpdateClient Update { get; }

    /// <summary>Appliance health levels, messages, database health, settings.</summary>
    IHealthClient Health { get; }

    /// <summary>Appliance statistics: metric catalogue and queries.</summary>
    IMonitoringClient Monitoring { get; }

    /// <summary>Appliance and vCenter (vMon) services.</summary>
    IServicesClient Services { get; }

    /// <summary>Appliance version and shutdown.</summary>
    ISystemClient System { get; }

    /// <summary>SSO domain topology, replication, PSC registration, deployment type.</summary>
    ITopologyClient Topology { get; }

    /// <summary>External identity providers (federation).</summary>
    IIdentityProvidersClient IdentityProviders { get; }

    /// <summary>Syslog forwarding.</summary>
    ILogForwardingClient LogForwarding { get; }

    /// <summary>Global FIPS mode.</summary>
    IGlobalFipsClient Fips { get; }

    /// <summary>Support bundles.</summary>
    ISupportBundleClient SupportBundle { get; }

    /// <summary>Appliance configuration profiles: export, validate, import.</summary>
    IInfraprofileClient Infraprofile { get; }

    /// <summary>Reconciliation of a restored vCenter with its partners (management side).</summary>
    IReconciliationClient Reconciliation { get; }

    /// <summary>The generic waiting helper, for polling anything not covered by a family's own wait.</summary>
    Poller Poller { get; }
}
