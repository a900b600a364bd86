namespace VCRunbooks.VCenter.Recovery.Backup;

/// <summary>The body of archives?action=list.</summary>
public sealed record ArchiveListRequest
{
    /// <summary>Where the archives are (wire <c>loc_spec</c>).</summary>
    public required LocationSpec LocSpec { get; init; }
    /// <summary>Which archives to list.</summary>
    public required ArchiveFilterSpec FilterSpec { get; init; }
}
