namespace VCRunbooks.VCenter.Recovery.Backup;

/// <summary>When a schedule runs: at hour:minute (UTC) on the given days, every day when none are given.</summary>
public sealed record RecurrenceInfo
{
    /// <summary>Minute of the hour, 0–59.</summary>
    public required long Minute { get; init; }
    /// <summary>Hour of the day, 0–23 (24-hour clock).</summary>
    public required long Hour { get; init; }
    /// <summary>Days to run on; null runs every day.</summary>
    public IReadOnlyList<BackupDay>? Days { get; init; }
}
