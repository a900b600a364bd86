using VCRunbooks.VCenter.Client;
using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Recovery;
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
            default:
                throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown job kind.");
        }
    }

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
