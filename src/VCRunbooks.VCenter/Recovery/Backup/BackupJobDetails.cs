using VCRunbooks.VCenter.Common;
using TaskStatus = VCRunbooks.VCenter.Common.TaskStatus;

namespace VCRunbooks.VCenter.Recovery.Backup;

/// <summary>job/details DetailsInfo: a backup job described as a task, with where it went and how big it is.</summary>
public sealed record BackupJobDetails
{
    /// <summary>URL the backup was written to.</summary>
    public required string Location { get; init; }
    /// <summary>Seconds since the start, or the job's total duration once it has ended.</summary>
    public long? Duration { get; init; }
    /// <summary>Bytes transferred to the location.</summary>
    public long? Size { get; init; }
    /// <summary>Progress of the job; null while PENDING.</summary>
    public TaskProgress? Progress { get; init; }
    /// <summary>User the location was accessed as.</summary>
    public required string LocationUser { get; init; }
    /// <summary>Whether it was started by hand or by a schedule.</summary>
    public required BackupJobType Type { get; init; }
    /// <summary>Info, warning and error messages of the job.</summary>
    public required IReadOnlyList<LocalizableMessage> Messages { get; init; }
    /// <summary>Build of the appliance backed up; null on versions that do not report it.</summary>
    public BackupBuildInfo? Build { get; init; }
    /// <summary>Whether fast backup was used; null when not reported.</summary>
    public bool? FastBackup { get; init; }
    /// <summary>What the job does.</summary>
    public required LocalizableMessage Description { get; init; }
    /// <summary>Identifier of the service of the job.</summary>
    public required string Service { get; init; }
    /// <summary>Identifier of the job's operation.</summary>
    public required string Operation { get; init; }
    /// <summary>Id of the parent task; null when none.</summary>
    public string? Parent { get; init; }
    /// <summary>The resource the job acts on; null when none or several.</summary>
    public DynamicId? Target { get; init; }
    /// <summary>Where the job is, as a task status.</summary>
    public required TaskStatus Status { get; init; }
    /// <summary>Whether it can be canceled now.</summary>
    public required bool Cancelable { get; init; }
    /// <summary>The spec types this field as a string: the failure's text.</summary>
    public string? Error { get; init; }
    /// <summary>When it started; null while PENDING.</summary>
    public DateTimeOffset? StartTime { get; init; }
    /// <summary>When it finished; null until SUCCEEDED or FAILED.</summary>
    public DateTimeOffset? EndTime { get; init; }
    /// <summary>Who started it; null when the system did.</summary>
    public string? User { get; init; }
}
