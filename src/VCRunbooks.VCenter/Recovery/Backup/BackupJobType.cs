namespace VCRunbooks.VCenter.Recovery.Backup;

/// <summary>Whether a backup job was started by hand or by a schedule.</summary>
public enum BackupJobType
{
    /// <summary>Started by a schedule (wire <c>SCHEDULED</c>).</summary>
    Scheduled,
    /// <summary>Started by hand (<c>MANUAL</c>).</summary>
    Manual,
}
