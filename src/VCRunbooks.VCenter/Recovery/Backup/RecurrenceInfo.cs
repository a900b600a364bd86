namespace VCRunbooks.VCenter.Recovery.Backup;

/// <summary>When a schedule runs: at hour:minute (UTC) on the given days, every day when none are given.</summary>
public sealed record RecurrenceInfo
{
    public required long Minute { get; init; }
    public required long Hour { get; init; }
    public IReadOnlyList<BackupDay>? Days { get; init; }
}
