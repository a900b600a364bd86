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

/// <summary>
/// Validates a backup archive and starts restoring it onto a freshly deployed appliance
/// (<c>POST /api/appliance/recovery/restore?action=validate</c>, then <c>/api/appliance/recovery/restore/job</c>) over a
/// Root session: outcome Started, or NotApplicable with the appliance's reason and nothing started.
/// </summary>
/// <remarks>
/// Validates first and refuses an archive the appliance says is not applicable. Like StartBackup it makes a durable
/// mark (a zero-length suspension) before starting, so a re-execution that finds the appliance's single restore job
/// running or done knows it is its own and does not start a second restore.
/// </remarks>
[Activity("vCenter Restore", "Validates an archive and starts a restore on a freshly deployed appliance (root session); refuses an archive that is not applicable.", Traits = ActivityTraits.Suspends)]
[Outcomes("Started", "NotApplicable")]
public sealed class StartRestore(IVCenterSessions sessions, ICredentialStore credentials) : VCenterActivity(sessions)
{

    /// <summary>The location's protocol: Ftp, Ftps, Http, Https, Scp, Sftp, Nfs or Smb.</summary>
    [Input(Required = true, Description = "The protocol of the location.")]
    public LocationType LocationType { get; set; }

    /// <summary>The archive's own folder URL (the backup job's location).</summary>
    [Input(Required = true, Description = "The archive's own folder (the Location of the archive).")]
    public string Location { get; set; } = string.Empty;

    /// <summary>The user at the location; null when it needs none.</summary>
    [Input(Description = "User at the location.")]
    public string? LocationUser { get; set; }

    /// <summary>The name of the secret holding the location's password; null when it needs none.</summary>
    [Input(Description = "Name of the secret holding the location password.")]
    public string? LocationPasswordSecret { get; set; }

    /// <summary>The name of the secret holding the archive's encryption password; null for an unencrypted archive.</summary>
    [Input(Description = "Name of the secret holding the archive's encryption password.")]
    public string? BackupPasswordSecret { get; set; }

    /// <summary>The SSO administrator, when the archive needs an SSO login to restore; else null.</summary>
    [Input(Description = "SSO administrator, when the archive needs an SSO login to restore.")]
    public string? SsoAdminUser { get; set; }

    /// <summary>The name of the secret holding that administrator's password.</summary>
    [Input(Description = "Name of the secret holding that SSO administrator's password.")]
    public string? SsoAdminPasswordSecret { get; set; }

    /// <summary>Start even when validation warns.</summary>
    [Input(Description = "Start even when validation warns.", Default = false)]
    public bool IgnoreWarnings { get; set; }

    /// <summary>The vCenter version the archive holds.</summary>
    [Output(Description = "The backed-up version.")]
    public string? Version { get; set; }

    /// <summary>The name of the appliance the archive was taken from.</summary>
    [Output(Description = "The backed-up appliance's name.")]
    public string? Boxname { get; set; }

    /// <summary>Why the archive is not applicable, on NotApplicable; else null.</summary>
    [Output(Description = "Why the archive is not applicable, when it is not.")]
    public string? Reason { get; set; }

    /// <summary>True when a re-execution found the restore running or done and did not start another.</summary>
    [Output(Description = "True when the restore was found from an earlier execution rather than started now.")]
    public bool Adopted { get; set; }

    /// <inheritdoc/>
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
