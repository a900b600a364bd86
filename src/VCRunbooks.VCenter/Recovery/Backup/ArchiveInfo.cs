namespace VCRunbooks.VCenter.Recovery.Backup;

/// <summary>One backup archive in full; <see cref="Location"/> is what a restore passes as its location.</summary>
public sealed record ArchiveInfo
{
    public required DateTimeOffset Timestamp { get; init; }
    public required string Location { get; init; }
    public required IReadOnlyList<string> Parts { get; init; }
    public required string Version { get; init; }
    public required string SystemName { get; init; }
    public required string Comment { get; init; }
}
