namespace VCRunbooks.VCenter.Recovery.Restore;

/// <summary>Which archive to restore (restore validate and restore job create).</summary>
public sealed record RestoreRequest
{
    /// <summary>The password the archive was encrypted with; null for an unencrypted archive. Never logged.</summary>
    public string? BackupPassword { get; init; }
    /// <summary>The protocol of <see cref="Location"/>.</summary>
    public required LocationType LocationType { get; init; }
    /// <summary>The archive's own folder: <see cref="Backup.ArchiveInfo.Location"/>.</summary>
    public required string Location { get; init; }
    /// <summary>User for the location; null when no login is needed.</summary>
    public string? LocationUser { get; init; }
    /// <summary>Password for the location; null when no login is needed. Never logged.</summary>
    public string? LocationPassword { get; init; }
    /// <summary>SSO administrator user; needed on a management or embedded node, else null.</summary>
    public string? SsoAdminUserName { get; init; }
    /// <summary>That user's password; never logged.</summary>
    public string? SsoAdminUserPassword { get; init; }
    /// <summary>Job create only: when not true, validation warnings fail the restore.</summary>
    public bool? IgnoreWarnings { get; init; }
}
