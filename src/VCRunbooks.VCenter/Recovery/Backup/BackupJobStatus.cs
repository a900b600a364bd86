using VCRunbooks.VCenter.Common;

namespace VCRunbooks.VCenter.Recovery.Backup;

/// <summary>The state of one backup job; its id is time based (<c>YYYYMMDD-hhmmss-build</c>).</summary>
public sealed record BackupJobStatus
{
    /// <summary>The job id, for job get, cancel and details.</summary>
    public required string Id { get; init; }
    /// <summary>Where the job is.</summary>
    public required ProcessState State { get; init; }
    /// <summary>Messages the job reported.</summary>
    public required IReadOnlyList<LocalizableMessage> Messages { get; init; }
    /// <summary>Percent complete, 0-100.</summary>
    public required long Progress { get; init; }
    /// <summary>When the backup started.</summary>
    public required DateTimeOffset StartTime { get; init; }
    /// <summary>When it finished; null while running.</summary>
    public DateTimeOffset? EndTime { get; init; }
}
