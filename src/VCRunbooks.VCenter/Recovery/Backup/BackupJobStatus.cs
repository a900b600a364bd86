using VCRunbooks.VCenter.Common;

namespace VCRunbooks.VCenter.Recovery.Backup;

/// <summary>The state of one backup job; its id is time based (<c>YYYYMMDD-hhmmss-build</c>).</summary>
public sealed record BackupJobStatus
{
    public required string Id { get; init; }
    public required ProcessState State { get; init; }
    public required IReadOnlyList<LocalizableMessage> Messages { get; init; }
    /// <summary>Percent complete, 0-100.</summary>
    public required long Progress { get; init; }
    public required DateTimeOffset StartTime { get; init; }
    public DateTimeOffset? EndTime { get; init; }
}
