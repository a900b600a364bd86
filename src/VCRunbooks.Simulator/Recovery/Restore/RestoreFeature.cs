using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Auth;
using VCRunbooks.Simulator.Recovery.Backup;
using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Deployment;
using VCRunbooks.VCenter.Recovery.Restore;

namespace VCRunbooks.Simulator.Recovery.Restore;

/// <summary>
/// The restore of one appliance. While it runs the appliance is CONFIG_IN_PROGRESS; in the middle its services
/// restart (<see cref="Appliance.ServicesRestartingUntil"/>) and connections are refused for a while. It ends
/// with the appliance CONFIGURED at the archive's version and build, or FAILED once past the point of no return.
/// </summary>
internal sealed class RestoreFeature(Appliance appliance) : IApplianceFeature<RestoreFeature>
{
    public static RestoreFeature Create(Appliance appliance) => new(appliance);

    public RestoreJob? Job { get; private set; }
    public bool IsRunning => Job?.IsRunning ?? false;
    /// <summary>The archive this appliance was restored from, once a restore succeeded.</summary>
    public BackupArchive? RestoredFrom => Job is { State: VCenter.Recovery.ProcessState.Succeeded } job ? job.Archive : null;

    public RestoreJob Start(RestoreRequest request, DateTimeOffset now)
    {
        if (appliance.State != ApplianceState.Initialized)
        {
            throw VapiException.NotAllowed("Restore is allowed only after deployment and before firstboot.");
        }
        appliance.Feature<BackupFeature>().EnsureIdle();
        var assessment = RestoreChecks.Assess(request, appliance, VCenter.Errors.ErrorType.InvalidArgument);
        if (!assessment.Applicable)
        {
            throw new VapiException(VCenter.Errors.ErrorType.NotAllowedInCurrentState, assessment.Errors[0].Id,
                assessment.Errors[0].DefaultMessage, [.. assessment.Errors[0].Args]);
        }

        DateTimeOffset? failureTime = null;
        long failureProgress = 0;
        IReadOnlyList<LocalizableMessage> reasons = [];
        var warningsStop = assessment.Warnings.Count > 0 && request.IgnoreWarnings is not true;
        if (warningsStop)
        {
            failureTime = now + RestoreTimeline.Prechecks;
            failureProgress = (long)(100 * RestoreTimeline.Prechecks / RestoreTimeline.Total);
            reasons = [.. assessment.Warnings, RecoveryMessages.Of("restore.warnings_not_ignored",
                "The restore stopped at its prechecks because of warnings; set ignore_warnings to restore anyway.")];
        }
        else if (appliance.Faults.FailNextRestoreAtPercent is { } percent)
        {
            appliance.Faults.FailNextRestoreAtPercent = null;
            failureTime = now + RestoreTimeline.Total * (percent / 100.0);
            failureProgress = percent;
            reasons = [RecoveryMessages.Of("restore.failed", $"Restore failed at {percent}%: a component did not come back after the restore.", percent.ToString())];
        }

        Job = new RestoreJob
        {
            Archive = assessment.Archive,
            StartTime = now,
            FailureTime = failureTime,
            FailureProgress = failureProgress,
            FailureReasons = reasons,
        };
        if (!warningsStop)
        {
            // Ignored warnings stay visible in the job's messages.
            Job.Messages.AddRange(assessment.Warnings);
        }
        appliance.State = ApplianceState.ConfigInProgress;
        appliance.Ledger.Record(now, "restore.started", assessment.Archive.FullLocation, assessment.Archive.Version);
        return Job;
    }

    /// <summary>Cancels the running restore if it has not started changing the appliance; true when it did.</summary>
    public bool Cancel(DateTimeOffset now, string user)
    {
        if (Job is not { IsRunning: true } job || job.Progress >= RestoreTimeline.PointOfNoReturn)
        {
            return false;
        }
        job.Fail(now, job.Progress, [RecoveryMessages.Of("restore.canceled", $"The restore was canceled by {user}.", user)]);
        appliance.State = ApplianceState.Initialized;
        return true;
    }

    public void Advance(DateTimeOffset now)
    {
        if (Job is not { IsRunning: true } job)
        {
            return;
        }
        if (job.FailureTime is { } failure && failure <= now && failure < job.CompletionTime)
        {
            job.Fail(failure, job.FailureProgress, job.FailureReasons);
            // Before the point of no return the appliance is as deployed and the restore can be retried.
            appliance.State = job.FailureProgress < RestoreTimeline.PointOfNoReturn ? ApplianceState.Initialized : ApplianceState.Failed;
            EndWindows(failure);
            return;
        }
        if (job.CompletionTime <= now)
        {
            Finish(job);
            return;
        }
        job.UpdateProgress(now);
        var elapsed = now - job.StartTime;
        if (elapsed >= RestoreTimeline.RestartStart && elapsed < RestoreTimeline.RestartEnd)
        {
            appliance.ServicesRestartingUntil = job.StartTime + RestoreTimeline.RestartEnd;
        }
        if (elapsed >= RestoreTimeline.RefuseStart && elapsed < RestoreTimeline.RefuseEnd)
        {
            appliance.Faults.RefuseConnectionsUntil = job.StartTime + RestoreTimeline.RefuseEnd;
        }
    }

    private void Finish(RestoreJob job)
    {
        var at = job.CompletionTime;
        job.Succeed(at);
        var archive = job.Archive;
        appliance.Version = archive.Version;
        appliance.Build = archive.Build;
        appliance.State = ApplianceState.Configured;
        // The restored SSO domain is the backed-up one, administrator included.
        appliance.Users.Add(new UserAccount(archive.SsoAdminUser, archive.SsoAdminPassword, Role.SuperAdmin, IsLocal: false));
        EndWindows(at);
    }

    private void EndWindows(DateTimeOffset at)
    {
        if (appliance.ServicesRestartingUntil > at)
        {
            appliance.ServicesRestartingUntil = at;
        }
        if (appliance.Faults.RefuseConnectionsUntil > at)
        {
            appliance.Faults.RefuseConnectionsUntil = at;
        }
    }
}
