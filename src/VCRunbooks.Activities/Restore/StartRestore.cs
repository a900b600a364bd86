using Microsoft.Extensions.Logging;
using VCRunbooks.Activities.Backup;
using VCRunbooks.Activities.Common;
using VCRunbooks.Activities.Sessions;
using VCRunbooks.Activities.Targets;
using VCRunbooks.Engine.Activities;
using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Recovery;
using VCRunbooks.VCenter.Recovery.Restore;

namespace VCRunbooks.Activities.Restore;

/// <remarks>
/// Validates first and refuses an archive the appliance says is not applicable. Like StartBackup it makes a durable
/// mark (a zero-length suspension) before starting, so a re-execution that finds the appliance's single restore job
/// running or done knows it is its own and does not start a second restore.
/// </remarks>
[Activity("vCenter Restore", "Validates an archive and starts a restore on a freshly deployed appliance (root session); refuses an archive that is not applicable.", Traits = ActivityTraits.Suspends)]
[Outcomes("Started", "NotApplicable")]
public sealed class StartRestore(IVCenterSessions sessions, ICredentialStore credentials) : VCenterActivity(sessions)
{

    [Input(Required = true, Description = "The protocol of the location.")]
    public LocationType LocationType { get; set; }

    [Input(Required = true, Description = "The archive's own folder (the Location of the archive).")]
    public string Location { get; set; } = string.Empty;

    [Input(Description = "User at the location.")]
    public string? LocationUser { get; set; }

    [Input(Description = "Name of the secret holding the location password.")]
    public string? LocationPasswordSecret { get; set; }

    [Input(Description = "Name of the secret holding the archive's encryption password.")]
    public string? BackupPasswordSecret { get; set; }

    [Input(Description = "SSO administrator, when the archive needs an SSO login to restore.")]
    public string? SsoAdminUser { get; set; }

    [Input(Description = "Name of the secret holding that SSO administrator's password.")]
    public string? SsoAdminPasswordSecret { get; set; }

    [Input(Description = "Start even when validation warns.", Default = false)]
    public bool IgnoreWarnings { get; set; }

    [Output(Description = "The backed-up version.")]
    public string? Version { get; set; }

    [Output(Description = "The backed-up appliance's name.")]
    public string? Boxname { get; set; }

    [Output(Description = "Why the archive is not applicable, when it is not.")]
    public string? Reason { get; set; }

    [Output(Description = "True when the restore was found from an earlier execution rather than started now.")]
    public bool Adopted { get; set; }

    protected override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context, IVCenterClient client, CancellationToken cancellationToken)
    {
        var request = new RestoreRequest
        {
            LocationType = LocationType,
            Location = Location,
            LocationUser = LocationUser,
            LocationPassword = await credentials.RevealInputAsync(LocationPasswordSecret, nameof(LocationPasswordSecret), cancellationToken),
            BackupPassword = await credentials.RevealInputAsync(BackupPasswordSecret, nameof(BackupPasswordSecret), cancellationToken),
            SsoAdminUserName = SsoAdminUser,
            SsoAdminUserPassword = await credentials.RevealInputAsync(SsoAdminPasswordSecret, nameof(SsoAdminPasswordSecret), cancellationToken),
            IgnoreWarnings = IgnoreWarnings,
        };

        var step = context.GetState<Step>();
        if (!step.Validated)
        {
            var metadata = await client.Restore.ValidateAsync(request, cancellationToken);
            Version = metadata.Version;
            Boxname = metadata.Boxname;
            if (!metadata.Applicable)
            {
                Reason = metadata.Messages.Count == 0 ? "vCenter says the archive is not applicable" : string.Join("; ", metadata.Messages);
                return ActivityResult.Complete("NotApplicable");
            }

            context.Logger.LogRestoreValidated(Location, metadata.Version, metadata.Boxname);
            return context.MarkThenContinue(new Step { Validated = true, Version = metadata.Version, Boxname = metadata.Boxname });
        }

        Version = step.Version;
        Boxname = step.Boxname;
        var job = await client.Restore.GetJobAsync(cancellationToken);
        if (job.State is ProcessState.InProgress or ProcessState.Succeeded)
        {
            Adopted = true;
            context.Logger.LogRestoreFound();
            return ActivityResult.Complete("Started");
        }

        await client.Restore.StartAsync(request, cancellationToken);
        context.Logger.LogRestoreStarted(Location);
        return ActivityResult.Complete("Started");
    }

    /// <summary>The step's durable state: the archive validated (with what it holds), committed before the restore starts.</summary>
    private sealed record Step
    {
        public bool Validated { get; init; }
        public string? Version { get; init; }
        public string? Boxname { get; init; }
    }
}
