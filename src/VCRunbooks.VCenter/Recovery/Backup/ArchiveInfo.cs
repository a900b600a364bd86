namespace VCRunbooks.VCenter.Recovery.Backup;

/// <summary>One backup archive in full; <see cref="Location"/> is what a restore passes as its location.</summary>
public sealed record ArchiveInfo
{
    /// <summary>When the backup was started.</summary>
    public required DateTimeOffset Timestamp { get; init; }
    /// <summary>URL of the archive's own folder.</summary>
    public required string Location { get; init; }
    /// <summary>The parts in the archive.</summary>
    public required IReadOnlyList<string> Parts { get; init; }
    /// <summary>Appliance version the archive was taken from.</summary>
    public required string Version { get; init; }
    /// <summary>The system (appliance) the archive belongs to.</summary>
    public required string SystemName { get; init; }
    /// <summary>The comment given at backup.</summary>
    public required string Comment { get; init; }
}
