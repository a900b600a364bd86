namespace VCRunbooks.VCenter.Recovery.Backup;

/// <summary>How many of a schedule's backups the location keeps.</summary>
public sealed record RetentionInfo
{
    public required long MaxCount { get; init; }
}
