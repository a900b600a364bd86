namespace VCRunbooks.VCenter.Recovery.Backup;

/// <summary>One backup archive of a system, as archives?action=list returns it.</summary>
public sealed record ArchiveSummary
{
    /// <summary>Archive id, for archive get.</summary>
    public required string Archive { get; init; }
    /// <summary>When the backup was started.</summary>
    public required DateTimeOffset Timestamp { get; init; }
    /// <summary>Appliance version the archive was taken from.</summary>
    public required string Version { get; init; }
    /// <summary>The comment given at backup.</summary>
    public required string Comment { get; init; }
}
