namespace VCRunbooks.VCenter.Recovery.Backup;

/// <summary>One backup archive of a system, as archives?action=list returns it.</summary>
public sealed record ArchiveSummary
{
    public required string Archive { get; init; }
    public required DateTimeOffset Timestamp { get; init; }
    public required string Version { get; init; }
    public required string Comment { get; init; }
}
