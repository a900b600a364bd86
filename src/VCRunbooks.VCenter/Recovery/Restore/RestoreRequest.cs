namespace VCRunbooks.VCenter.Recovery.Restore;

/// <summary>Which archive to restore (restore validate and restore job create).</summary>
public sealed record RestoreRequest
{
    public string? BackupPassword { get; init; }
    public required LocationType LocationType { get; init; }
    /// <summary>The archive's own folder: <see cref="Backup.ArchiveInfo.Location"/>.</summary>
    public required string Location { get; init; }
    public string? LocationUser { get; init; }
    public string? LocationPassword { get; init; }
    public string? SsoAdminUserName { get; init; }
    public string? SsoAdminUserPassword { get; init; }
    /// <summary>Job create only: when not true, validation warnings fail the restore.</summary>
    public bool? IgnoreWarnings { get; init; }
}
