namespace VCRunbooks.VCenter.Recovery.Backup;

/// <summary>Which archives of a system to list: a time window, a comment substring, a count limit.</summary>
public sealed record ArchiveFilterSpec
{
    public DateTimeOffset? StartTimestamp { get; init; }
    public DateTimeOffset? EndTimestamp { get; init; }
    public string? CommentSubstring { get; init; }
    public long? MaxResults { get; init; }
}
