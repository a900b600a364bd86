using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Deployment;
using VCRunbooks.VCenter.Recovery;
using VCRunbooks.VCenter.Recovery.Reconciliation;
using VCRunbooks.VCenter.Update;
using TaskStatus = VCRunbooks.VCenter.Common.TaskStatus;

namespace VCRunbooks.Activities.Jobs;

/// <summary>Reads a job of any kind once, through the client family that owns it.</summary>
internal static class JobProbe
{
    public static async Task<JobSnapshot> ReadAsync(IVCenterClient client, JobKind kind, string? jobId, CancellationToken cancellationToken)
    {
        switch (kind)
        {
            case JobKind.Backup:
                var backup = await client.Backup.GetJobAsync(Require(jobId, kind), cancellationToken);
                return new JobSnapshot(Phase(backup.State), backup.Progress, backup.State.ToString(), Last(backup.Messages));
            case JobKind.Restore:
                var restore = await client.Restore.GetJobAsync(cancellationToken);
                return new JobSnapshot(Phase(restore.State), restore.Progress, restore.State.ToString(), Last(restore.Messages));
            case JobKind.Task:
                var task = await client.Tasks.GetAsync(Require(jobId, kind), cancellationToken);
                var percent = task.Progress is { Total: > 0 } p ? p.Completed * 100 / p.Total : 0;
                var phase = task.Status switch
                {
                    TaskStatus.Succeeded => JobPhase.Succeeded,
                    TaskStatus.Failed => JobPhase.Failed,
                    _ => JobPhase.Running,
                };
                return new JobSnapshot(phase, phase == JobPhase.Succeeded ? 100 : percent, task.Status.ToString(), task.Error?.ToString() ?? task.Progress?.Message.DefaultMessage);
            case JobKind.Update:
                var update = await client.Update.GetAsync(cancellationToken);
                var updatePhase = update.State switch
                {
                    UpdateState.StageInProgress or UpdateState.InstallInProgress or UpdateState.RollbackInProgress => JobPhase.Running,
                    UpdateState.InstallFailed => JobPhase.Failed,
                    _ => update.Task?.Status == TaskStatus.Failed ? JobPhase.Failed : JobPhase.Succeeded,
                };
                return new JobSnapshot(updatePhase, Percent(update.Task?.Progress, updatePhase), update.State.ToString(),
                    (updatePhase == JobPhase.Failed ? update.Task?.Error : null) ?? update.Task?.Progress?.Message.DefaultMessage);
            case JobKind.Reconciliation:
                var reconcile = await client.Reconciliation.GetJobAsync(cancellationToken);
                var reconcilePhase = reconcile.Status switch
                {
                    ReconciliationStatus.Succeeded => JobPhase.Succeeded,
                    ReconciliationStatus.Failed => JobPhase.Failed,
                    _ => JobPhase.Running,
                };
                return new JobSnapshot(reconcilePhase, reconcile.Progress, reconcile.Status.ToString(), reconcile.Error ?? Last(reconcile.Messages));
            case JobKind.Deployment:
                var deployment = await client.Deployment.GetAsync(cancellationToken);
                var deploymentPhase = deployment.State switch
                {
                    ApplianceState.Configured => JobPhase.Succeeded,
                    ApplianceState.Failed => JobPhase.Failed,
                    ApplianceState.QuestionRaised => JobPhase.Question,
                    _ => JobPhase.Running,
                };
                return new JobSnapshot(deploymentPhase, Percent(deployment.Progress, deploymentPhase), deployment.State.ToString(),
                    (deploymentPhase == JobPhase.Failed ? deployment.Error : null) ?? deployment.Progress?.Message.DefaultMessage);
            case JobKind.HistoryImport:
                var history = await client.Deployment.History.GetAsync(cancellationToken);
                var historyPhase = history.Status switch
                {
                    TaskStatus.Succeeded => JobPhase.Succeeded,
                    TaskStatus.Failed => JobPhase.Failed,
                    _ => JobPhase.Running,
                };
                var historyError = history.Result?.Errors is { Count: > 0 } e ? e[^1].Message.DefaultMessage : null;
                return new JobSnapshot(historyPhase, Percent(history.Progress, historyPhase), history.Status.ToString(), history.Error ?? historyError ?? history.Progress?.Message.DefaultMessage);
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown job kind.");
        }
    }

    private static long Percent(TaskProgress? progress, JobPhase phase) =>
        phase == JobPhase.Succeeded ? 100 : progress is { Total: > 0 } p ? p.Completed * 100 / p.Total : 0;

    private static string Require(string? jobId, JobKind kind) =>
        string.IsNullOrEmpty(jobId) ? throw new ArgumentException($"Waiting for a {kind} job needs its JobId.", nameof(jobId)) : jobId;

    private static JobPhase Phase(ProcessState state) => state switch
    {
        ProcessState.Succeeded => JobPhase.Succeeded,
        ProcessState.Failed => JobPhase.Failed,
        _ => JobPhase.Running,
    };

    private static string? Last(IReadOnlyList<LocalizableMessage> messages) => messages.Count == 0 ? null : messages[^1].DefaultMessage;
}
