using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Recovery.Restore;
using VCRunbooks.Simulator.Topology;
using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Errors;
using VCRunbooks.VCenter.Recovery.Reconciliation;

namespace VCRunbooks.Simulator.Recovery.Reconciliation;

/// <summary>
/// The post-restore reconciliation of one appliance. The spec lists only INVALID_ARGUMENT for create, so every
/// refusal (no restore yet, a job already running, missing or wrong SSO credentials) is that error.
/// </summary>
internal sealed class ReconciliationFeature(Appliance appliance) : IApplianceFeature<ReconciliationFeature>
{
    public static ReconciliationFeature Create(Appliance appliance) => new(appliance);

    public ReconciliationJob? Job { get; private set; }

    public ReconciliationJob Start(ReconciliationSpec spec, DateTimeOffset now)
    {
        if (appliance.Feature<RestoreFeature>().RestoredFrom is null)
        {
            throw Refused("not_restored", "Reconciliation runs only after this appliance was restored from a backup.");
        }
        if (Job is { IsRunning: true })
        {
            throw Refused("in_progress", "A reconciliation job is already running.");
        }
        if (string.IsNullOrEmpty(spec.SsoAdminUserName))
        {
            throw VapiException.InvalidArgument("sso_admin_user_name", "an embedded vCenter Server needs the SSO administrator's credentials.");
        }
        if (string.IsNullOrEmpty(spec.SsoAdminUserPassword))
        {
            throw VapiException.InvalidArgument("sso_admin_user_password", "an embedded vCenter Server needs the SSO administrator's credentials.");
        }
        if (appliance.Users.AuthenticateSso(spec.SsoAdminUserName, spec.SsoAdminUserPassword) is null)
        {
            throw VapiException.InvalidArgument("sso_admin_user_password", "the SSO administrator credentials were rejected.");
        }

        var unreachable = appliance.Feature<TopologyState>().UnreachablePartners.Order(StringComparer.Ordinal).ToList();
        if (appliance.Faults.PartnerUnreachableOnNextReconcile)
        {
            appliance.Faults.PartnerUnreachableOnNextReconcile = false;
            unreachable.Insert(0, $"vcsa-partner.{appliance.Spec.SsoDomain}");
        }
        // Partners the topology scenario made unreachable stay so until it says otherwise, unlike the one-shot fault.
        IReadOnlyList<LocalizableMessage> warnings = [.. unreachable.Select(partner => RecoveryMessages.Of("reconciliation.partner_unreachable",
            $"The linked-mode replication partner '{partner}' is unreachable; changes made after the backup may be lost.", partner))];
        Job = new ReconciliationJob { StartTime = now, Warnings = warnings, IgnoreWarnings = spec.IgnoreWarnings is true };
        appliance.Ledger.Record(now, "reconcile.started", appliance.Name, spec.IgnoreWarnings is true ? "ignore_warnings" : null);
        return Job;
    }

    public void Advance(DateTimeOffset now) => Job?.Advance(now);

    private static VapiException Refused(string key, string text) =>
        new(ErrorType.InvalidArgument, $"com.vmware.applmgmt.reconciliation.{key}", text);
}
