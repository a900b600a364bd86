using Microsoft.Extensions.Logging;
using VCRunbooks.Activities.Backup;
using VCRunbooks.Activities.Common;
using VCRunbooks.Activities.Sessions;
using VCRunbooks.Activities.Targets;
using VCRunbooks.Engine.Activities;
using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Deployment;

namespace VCRunbooks.Activities.Deployment;

/// <summary>
/// Checks, then starts the stage 2 upgrade of a newly deployed appliance from a source appliance
/// (<c>POST /api/vcenter/deployment/upgrade?action=check</c>, then <c>?action=start</c>) over a Root session. Outcome
/// Started; a failed check faults the step with vCenter's errors.
/// </summary>
/// <remarks>
/// Checks the upgrade first, then makes a durable mark (zero-length suspension) before starting; a re-execution that
/// finds stage 2 already past INITIALIZED adopts it. auto_answer is off, so the appliance's questions reach
/// AnswerQuestion (by policy) or a human instead of being answered with defaults.
/// </remarks>
[Activity("vCenter Deployment", "Checks and starts stage 2 upgrade on a new appliance (root session), with auto_answer off; once only, across crashes.", Traits = ActivityTraits.Suspends)]
[Outcomes("Started")]
public sealed class StartUpgrade(IVCenterSessions sessions, ICredentialStore credentials) : VCenterActivity(sessions)
{
    /// <summary>The host name of the appliance being upgraded from.</summary>
    [Input(Required = true, Description = "The appliance being upgraded from.")]
    public string SourceHostname { get; set; } = string.Empty;

    /// <summary>The source's SSO administrator.</summary>
    [Input(Description = "SSO administrator of the source.", Default = "administrator@vsphere.local")]
    public string SourceSsoUser { get; set; } = "administrator@vsphere.local";

    /// <summary>The name of the secret holding that administrator's password.</summary>
    [Input(Required = true, Description = "Secret holding the source's SSO administrator password.")]
    public string SourceSsoPasswordSecret { get; set; } = string.Empty;

    /// <summary>The name of the secret holding the source's root password.</summary>
    [Input(Required = true, Description = "Secret holding the source's root password.")]
    public string SourceRootPasswordSecret { get; set; } = string.Empty;

    /// <summary>The ESXi host or vCenter that runs the source VM; the source itself when null or empty.</summary>
    [Input(Description = "The ESXi host or vCenter that runs the source; the source itself when empty.")]
    public string? SourceLocationHostname { get; set; }

    /// <summary>The user at the source location.</summary>
    [Input(Description = "User at the source location.", Default = "root")]
    public string SourceLocationUser { get; set; } = "root";

    /// <summary>The name of the secret holding the source location's password; the source's root password when null.</summary>
    [Input(Description = "Secret holding the source location's password; the source root password when empty.")]
    public string? SourceLocationPasswordSecret { get; set; }

    /// <summary>The historical data to bring over: <c>None</c>, <c>EventsTasks</c> or <c>All</c>.</summary>
    [Input(Description = "Historical data to bring over: None, EventsTasks or All.", Default = "None", Choices = ["None", "EventsTasks", "All"])]
    public string History { get; set; } = "None";

    /// <summary>Import the historical data in the background after the upgrade (WaitForJob Kind HistoryImport follows it).</summary>
    [Input(Description = "Import the historical data in the background after the upgrade.", Default = false)]
    public bool DeferHistoryImport { get; set; }

    /// <summary>True when a re-execution found stage 2 already past INITIALIZED and did not start it again.</summary>
    [Output(Description = "True when stage 2 was found already started by an earlier execution.")]
    public bool Adopted { get; set; }

    /// <inheritdoc/>
    protected override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, IVCenterClient client, CancellationToken cancellationToken)
    {
        var spec = await SpecAsync(cancellationToken);
        if (!context.GetState<Step>().Checked)
        {
            var check = await client.Deployment.CheckUpgradeAsync(spec, cancellationToken);
            if (check.Status != CheckStatus.Success)
            {
                var errors = check.Result?.Errors?.Select(e => e.Message.DefaultMessage) ?? [];
                throw new InvalidOperationException($"The upgrade check failed: {string.Join("; ", errors)}");
            }

            return context.MarkThenContinue(new Step { Checked = true });
        }

        var state = (await client.Deployment.GetAsync(cancellationToken)).State;
        if (state is not (ApplianceState.Initialized or ApplianceState.NotInitialized))
        {
            Adopted = true;
            context.Logger.LogUpgradeAdopted(SourceHostname, state);
            return ActivityResult.Complete("Started");
        }

        await client.Deployment.StartUpgradeAsync(spec, cancellationToken);
        context.Logger.LogUpgrade(SourceHostname, "started");
        return ActivityResult.Complete("Started");
    }

    private async Task<UpgradeSpec> SpecAsync(CancellationToken cancellationToken)
    {
        var root = await credentials.RevealInputAsync(SourceRootPasswordSecret, nameof(SourceRootPasswordSecret), cancellationToken) ?? string.Empty;
        var locationPassword = await credentials.RevealInputAsync(SourceLocationPasswordSecret, nameof(SourceLocationPasswordSecret), cancellationToken) ?? root;
        HistoryMigrationSpec? history = History.ToUpperInvariant() switch
        {
            "NONE" or "" => null,
            "EVENTSTASKS" => new HistoryMigrationSpec { DataSet = HistoryMigrationOption.EventsTasks, DeferImport = DeferHistoryImport },
            "ALL" => new HistoryMigrationSpec { DataSet = HistoryMigrationOption.All, DeferImport = DeferHistoryImport },
            _ => throw new ArgumentException($"History '{History}' is not None, EventsTasks or All."),
        };
        return new UpgradeSpec
        {
            SourceAppliance = new SourceApplianceSpec
            {
                Hostname = SourceHostname,
                SsoAdminUsername = SourceSsoUser,
                SsoAdminPassword = await credentials.RevealInputAsync(SourceSsoPasswordSecret, nameof(SourceSsoPasswordSecret), cancellationToken) ?? string.Empty,
                RootPassword = root,
            },
            SourceLocation = new SourceLocationSpec
            {
                Hostname = string.IsNullOrEmpty(SourceLocationHostname) ? SourceHostname : SourceLocationHostname,
                Username = SourceLocationUser,
                Password = locationPassword,
            },
            History = history,
            AutoAnswer = false,
        };
    }

    /// <summary>The step's durable state: the upgrade check passed, committed before stage 2 starts.</summary>
    private sealed record Step
    {
        public bool Checked { get; init; }
    }
}
