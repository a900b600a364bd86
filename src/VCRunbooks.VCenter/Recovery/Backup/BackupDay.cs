namespace VCRunbooks.VCenter.Recovery.Backup;

/// <summary>A day of the week on which a backup schedule runs.</summary>
public enum BackupDay
{
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}
