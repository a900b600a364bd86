namespace VCRunbooks.VCenter.Recovery.Backup;

/// <summary>A backup location and the credentials to read it.</summary>
public sealed record LocationSpec
{
    /// <summary>URL of the backup location.</summary>
    public required string Location { get; init; }
    /// <summary>User for the location; null when no login is needed.</summary>
    public string? LocationUser { get; init; }
    /// <summary>Password for the location; null when no login is needed. Never logged.</summary>
    public string? LocationPassword { get; init; }
}
