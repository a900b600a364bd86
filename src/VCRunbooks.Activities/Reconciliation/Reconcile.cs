using Microsoft.Extensions.Logging;
using VCRunbooks.Activities.Backup;
using VCRunbooks.Activities.Common;
using VCRunbooks.Activities.Sessions;
using VCRunbooks.Activities.Targets;
using VCRunbooks.Engine.Activities;
using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Client.Errors;
using VCRunbooks.VCenter.Errors;
using VCRunbooks.VCenter.Recovery.Reconciliation;

namespace VCRunbooks.Activities.Reconciliation;

/// <summary>
/// Starts the reconciliation of a restored vCenter with its partners (<c>POST /api/appliance/recovery/reconciliation/job</c>)
/// over a Root session. Outcome Started, also when one was running or had succeeded (adopted); WaitForJob Kind
/// Reconciliation follows it.
/// </summary>
/// <remarks>
/// An appliance runs one reconciliation at a time, after a restore. A re-execution that finds one running or already
/// succeeded adopts it rather than starting another (which the appliance would refuse anyway).
/// </remarks>
[Activity("vCenter Restore", "Starts the reconciliation of a restored vCenter with its partners (root session); ignore_warnings as an input.")]
[Outcomes("Started")]
public sealed class Reconcile(IVCenterSessions sessions, ICredentialStore credentials) : VCenterActivity(sessions)
{
    /// <summary>The SSO administrator of the restored vCenter.</summary>
    [Input(Description = "SSO administrator of the restored vCenter.", Default = "administrator@vsphere.local")]
    public string SsoAdminUser { get; set; } = "administrator@vsphere.local";

    /// <summary>The name of the secret holding that administrator's password.</summary>
    [Input(Required = true, Description = "Secret holding that administrator's password.")]
    public string SsoPasswordSecret { get; set; } = string.Empty;

    /// <summary>Go ahead despite warnings such as an unreachable linked-mode partner.</summary>
    [Input(Description = "Go ahead despite warnings such as an unreachable linked-mode partner.", Default = false)]
    public bool IgnoreWarnings { get; set; }

    /// <summary>True when a running or succeeded reconciliation was found and none was started.</summary>
    [Output(Description = "True when a running or finished reconciliation was adopted.")]
    public bool Adopted { get; set; }

    /// <inheritdoc/>
    protected override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, IVCenterClient client, CancellationToken cancellationToken)
    {
        var existing = await CurrentAsync(client, cancellationToken);
        if (existing is ReconciliationStatus.Running or ReconciliationStatus.Succeeded)
        {
            Adopted = true;
            context.Logger.LogReconcileAdopted(existing.Value);
            return ActivityResult.Complete("Started");
        }

        await client.Reconciliation.StartAsync(new ReconciliationSpec
        {
            SsoAdminUserName = SsoAdminUser,
            SsoAdminUserPassword = await credentials.RevealInputAsync(SsoPasswordSecret, nameof(SsoPasswordSecret), cancellationToken),
            IgnoreWarnings = IgnoreWarnings,
        }, cancellationToken);
        context.Logger.LogReconcile("started");
        return ActivityResult.Complete("Started");
    }

    private static async Task<ReconciliationStatus?> CurrentAsync(IVCenterClient client, CancellationToken cancellationToken)
    {
        try
        {
            return (await client.Reconciliation.GetJobAsync(cancellationToken)).Status;
        }
        catch (VCenterException ex) when (ex.ErrorType == ErrorType.NotFound)
        {
            return null;
        }
    }
}
