using Microsoft.Extensions.Logging;
using VCRunbooks.Activities.Backup;
using VCRunbooks.Activities.Common;
using VCRunbooks.Activities.Sessions;
using VCRunbooks.Activities.Targets;
using VCRunbooks.Engine.Activities;
using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Deployment;

namespace VCRunbooks.Activities.Deployment;

/// <remarks>
/// Checks the upgrade first, then makes a durable mark (zero-length suspension) before starting; a re-execution that
/// finds stage 2 already past INITIALIZED adopts it. auto_answer is off, so the appliance's questions reach
/// AnswerQuestion (by policy) or a human instead of being answered with defaults.
/// </remarks>
[Activity("vCenter Deployment", "Checks and starts stage 2 upgrade on a new appliance (root session), with auto_answer off; once only, across crashes.", Traits = ActivityTraits.Suspends)]
[Outcomes("Started")]
public sealed class StartUpgrade(IVCenterSessions sessions, ICredentialStore credentials) : VCenterActivity(sessions)
{
    [Input(Required = true, Description = "The appliance being upgraded from.")]
    public string SourceHostname { get; set; } = string.Empty;

    [Input(Description = "SSO administrator of the source.", Default = "administrator@vsphere.local")]
    public string SourceSsoUser { get; set; } = "administrator@vsphere.local";

    [Input(Required = true, Description = "Secret holding the source's SSO administrator password.")]
    public string SourceSsoPasswordSecret { get; set; } = string.Empty;

    [Input(Required = true, Description = "Secret holding the source's root password.")]
    public string SourceRootPasswordSecret { get; set; } = string.Empty;

    [Input(Description = "The ESXi host or vCenter that runs the source; the source itself when empty.")]
    public string? SourceLocationHostname { get; set; }

    [Input(Description = "User at the source location.", Default = "root")]
    public string SourceLocationUser { get; set; } = "root";

    [Input(Description = "Secret holding the source location's password; the source root password when empty.")]
    public string? SourceLocationPasswordSecret { get; set; }

    [Input(Description = "Historical data to bring over: None, EventsTasks or All.", Default = "None", Choices = ["None", "EventsTasks", "All"])]
    public string History { get; set; } = "None";

    [Input(Description = "Import the historical data in the background after the upgrade.", Default = false)]
    public bool DeferHistoryImport { get; set; }

    [Output(Description = "True when stage 2 was found already started by an earlier execution.")]
    public bool Adopted { get; set; }

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
