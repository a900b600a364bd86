using VCRunbooks.Simulator.Recovery.Backup;
using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Recovery;
using VCRunbooks.VCenter.Recovery.Restore;

namespace VCRunbooks.Simulator.Recovery.Restore;

/// <summary>The restore job of one appliance: which archive, when it started, and where it fails if it does.</summary>
internal sealed class RestoreJob
{
    public required BackupArchive Archive { get; init; }
    public required DateTimeOffset StartTime { get; init; }
    /// <summary>When the job fails on its own (unignored warnings, injected fault), and why.</summary>
    public DateTimeOffset? FailureTime { get; init; }
    public long FailureProgress { get; init; }
    public IReadOnlyList<LocalizableMessage> FailureReasons { get; init; } = [];

    public ProcessState State { get; private set; } = ProcessState.InProgress;
    public long Progress { get; private set; }
    public DateTimeOffset? EndTime { get; private set; }
    public List<LocalizableMessage> Messages { get; } = [];

    public bool IsRunning => State == ProcessState.InProgress;
    public DateTimeOffset CompletionTime => StartTime + RestoreTimeline.Total;

    public void UpdateProgress(DateTimeOffset now) =>
        Progress = Math.Clamp((long)(100 * (now - StartTime) / RestoreTimeline.Total), 0, 99);

    public void Succeed(DateTimeOffset at)
    {
        State = ProcessState.Succeeded;
        Progress = 100;
        EndTime = at;
        Messages.Add(RecoveryMessages.Of("restore.succeeded", "Restore completed successfully."));
    }

    public void Fail(DateTimeOffset at, long progress, IEnumerable<LocalizableMessage> reasons)
    {
        State = ProcessState.Failed;
        Progress = progress;
        EndTime = at;
        Messages.AddRange(reasons);
    }

    public RestoreJobStatus ToStatus() => new() { State = State, Messages = [.. Messages], Progress = Progress };
}
