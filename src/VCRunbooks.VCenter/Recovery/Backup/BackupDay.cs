namespace VCRunbooks.VCenter.Recovery.Backup;

/// <summary>A day of the week on which a backup schedule runs.</summary>
public enum BackupDay
{
    /// <summary>Monday (wire <c>MONDAY</c>).</summary>
    Monday,
    /// <summary>Tuesday.</summary>
    Tuesday,
    /// <summary>Wednesday.</summary>
    Wednesday,
    /// <summary>Thursday.</summary>
    Thursday,
    /// <summary>Friday.</summary>
    Friday,
    /// <summary>Saturday.</summary>
    Saturday,
    /// <summary>Sunday.</summary>
    Sunday,
}
