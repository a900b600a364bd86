namespace VCRunbooks.VCenter.Recovery.Backup;

/// <summary>Which archives of a system to list: a time window, a comment substring, a count limit.</summary>
public sealed record ArchiveFilterSpec
{
    /// <summary>Only archives taken at or after this time; null for no lower bound.</summary>
    public DateTimeOffset? StartTimestamp { get; init; }
    /// <summary>Only archives taken at or before this time; null for no upper bound.</summary>
    public DateTimeOffset? EndTimestamp { get; init; }
    /// <summary>Only archives whose comment contains this; null for any comment.</summary>
    public string? CommentSubstring { get; init; }
    /// <summary>At most this many of the most recent archives; null means 128.</summary>
    public long? MaxResults { get; init; }
}
