using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Recovery;
using VCRunbooks.VCenter.Recovery.Backup;

namespace VCRunbooks.Simulator.Recovery.Backup;

/// <summary>
/// One backup job. Its progress is a function of simulated time: linear from start to start + duration, or up to
/// the injected failure point. It ends when <see cref="BackupFeature"/> advances it past that point.
/// </summary>
internal sealed class BackupJob
{
    public required string Id { get; init; }
    public required BackupTarget Target { get; init; }
    public required BackupJobType Type { get; init; }
    public string? Schedule { get; init; }
    public required DateTimeOffset StartTime { get; init; }
    public required TimeSpan Duration { get; init; }
    /// <summary>Bytes the finished archive holds.</summary>
    public required long SizeBytes { get; init; }
    /// <summary>The percentage at which this job fails (the one-shot fault it consumed), if any.</summary>
    public int? FailAtPercent { get; init; }
    public required string Version { get; init; }
    public required string Build { get; init; }
    public string? User { get; init; }

    public ProcessState State { get; private set; } = ProcessState.InProgress;
    public long Progress { get; private set; }
    public DateTimeOffset? EndTime { get; private set; }
    public List<LocalizableMessage> Messages { get; } = [];
    public string? Error { get; private set; }

    public bool IsRunning => State == ProcessState.InProgress;

    /// <summary>When the injected failure strikes, if this job has one.</summary>
    public DateTimeOffset? FailureTime => FailAtPercent is { } percent ? StartTime + Duration * (percent / 100.0) : null;

    public DateTimeOffset CompletionTime => StartTime + Duration;

    public void UpdateProgress(DateTimeOffset now)
    {
        if (IsRunning)
        {
            Progress = Math.Clamp((long)(100 * (now - StartTime) / Duration), 0, 99);
        }
    }

    public void Succeed(DateTimeOffset at)
    {
        State = ProcessState.Succeeded;
        Progress = 100;
        EndTime = at;
        Messages.Add(RecoveryMessages.Of("job.succeeded", "Backup job completed successfully."));
    }

    public void Fail(DateTimeOffset at, long progress, LocalizableMessage reason)
    {
        State = ProcessState.Failed;
        Progress = progress;
        EndTime = at;
        Error = reason.DefaultMessage;
        Messages.Add(reason);
    }

    public BackupJobStatus ToStatus() => new()
    {
        Id = Id,
        State = State,
        Messages = [.. Messages],
        Progress = Progress,
        StartTime = StartTime,
        EndTime = EndTime,
    };

    public BackupJobDetails ToDetails(DateTimeOffset now) => new()
    {
        Location = Target.Location,
        LocationUser = Target.LocationUser ?? "",
        Type = Type,
        Duration = (long)((EndTime ?? now) - StartTime).TotalSeconds,
        Size = SizeBytes * Progress / 100,
        Progress = new TaskProgress { Total = 100, Completed = Progress, Message = RecoveryMessages.Of("job.progress", $"Backup {Progress}% complete.", Progress.ToString()) },
        Messages = [.. Messages],
        Build = new BackupBuildInfo { VersionName = Appliances.VersionCatalog.Find(Version).Name, Version = Version, BuildNumber = Build },
        FastBackup = Target.FastBackup,
        Description = RecoveryMessages.Of("job.description", Type == BackupJobType.Scheduled ? "Scheduled backup job" : "Manual backup job"),
        Service = "com.vmware.applmgmt.backup_job",
        Operation = "backup",
        Status = State switch
        {
            ProcessState.Succeeded => VCenter.Common.TaskStatus.Succeeded,
            ProcessState.Failed => VCenter.Common.TaskStatus.Failed,
            _ => VCenter.Common.TaskStatus.Running,
        },
        Cancelable = IsRunning,
        Error = Error,
        StartTime = StartTime,
        EndTime = EndTime,
        User = User,
    };
}
