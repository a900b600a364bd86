namespace VCRunbooks.VCenter.Recovery.Backup;

/// <summary>Whether a backup job was started by hand or by a schedule.</summary>
public enum BackupJobType
{
    Scheduled,
    Manual,
}
