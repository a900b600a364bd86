using VCRunbooks.VCenter.Common;
using TaskStatus = VCRunbooks.VCenter.Common.TaskStatus;

namespace VCRunbooks.VCenter.Recovery.Backup;

/// <summary>job/details DetailsInfo: a backup job described as a task, with where it went and how big it is.</summary>
public sealed record BackupJobDetails
{
    public required string Location { get; init; }
    /// <summary>Seconds since the start, or the job's total duration once it has ended.</summary>
    public long? Duration { get; init; }
    /// <summary>Bytes transferred to the location.</summary>
    public long? Size { get; init; }
    public TaskProgress? Progress { get; init; }
    public required string LocationUser { get; init; }
    public required BackupJobType Type { get; init; }
    public required IReadOnlyList<LocalizableMessage> Messages { get; init; }
    public BackupBuildInfo? Build { get; init; }
    public bool? FastBackup { get; init; }
    public required LocalizableMessage Description { get; init; }
    public required string Service { get; init; }
    public required string Operation { get; init; }
    public string? Parent { get; init; }
    public DynamicId? Target { get; init; }
    public required TaskStatus Status { get; init; }
    public required bool Cancelable { get; init; }
    /// <summary>The spec types this field as a string: the failure's text.</summary>
    public string? Error { get; init; }
    public DateTimeOffset? StartTime { get; init; }
    public DateTimeOffset? EndTime { get; init; }
    public string? User { get; init; }
}
