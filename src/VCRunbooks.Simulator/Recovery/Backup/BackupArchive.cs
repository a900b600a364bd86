namespace VCRunbooks.Simulator.Recovery.Backup;

/// <summary>
/// A backup that really completed, as it sits at its location: <c>{location}/vCenter/sn_{system}/{id}</c>,
/// the folder layout of a real appliance, with the id <c>{M|S}_{version}_{yyyyMMdd-HHmmss}_</c>.
/// </summary>
internal sealed record BackupArchive
{
    public required string Id { get; init; }
    /// <summary>The backup folder the job was given (normalized).</summary>
    public required string Location { get; init; }
    public required string SystemName { get; init; }
    public required DateTimeOffset Timestamp { get; init; }
    public required string Version { get; init; }
    public required string Build { get; init; }
    public required IReadOnlyList<string> Parts { get; init; }
    public required string Comment { get; init; }
    public required bool Scheduled { get; init; }
    /// <summary>The archive's encryption password; null when it is not encrypted.</summary>
    public string? BackupPassword { get; init; }
    /// <summary>The SSO administrator of the backed-up appliance, needed to restore and reconcile it.</summary>
    public required string SsoAdminUser { get; init; }
    public required string SsoAdminPassword { get; init; }

    /// <summary>The archive's own folder: what archives get returns and what a restore passes as its location.</summary>
    public string FullLocation => $"{Location}/vCenter/sn_{SystemName}/{Id}";

    public static string IdFor(bool scheduled, string version, DateTimeOffset timestamp) =>
        $"{(scheduled ? "S" : "M")}_{version}_{timestamp.UtcDateTime:yyyyMMdd-HHmmss}_";
}
