namespace VCRunbooks.VCenter.Recovery.Backup;

/// <summary>The body of archives?action=list.</summary>
public sealed record ArchiveListRequest
{
    public required LocationSpec LocSpec { get; init; }
    public required ArchiveFilterSpec FilterSpec { get; init; }
}
