namespace VCRunbooks.VCenter.Recovery.Backup;

/// <summary>How many of a schedule's backups the location keeps.</summary>
public sealed record RetentionInfo
{
    /// <summary>Number of backups to keep.</summary>
    public required long MaxCount { get; init; }
}
