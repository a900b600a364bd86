namespace VCRunbooks.VCenter.Update;

/// <summary>
/// The guide-only GET /api/appliance/update/pending/{version}/requirements (chapter 9, "Get update requirements"):
/// the time and disk space an update needs. No spec file has it; these fields are the simulator's.
/// </summary>
public sealed record UpdateRequirements
{
    public required string Version { get; init; }
    /// <summary>Minutes.</summary>
    public required long EstimatedTimeToInstall { get; init; }
    /// <summary>MB of free disk space the update needs.</summary>
    public required long RequiredDiskSpace { get; init; }
    public required bool RebootRequired { get; init; }
    public required IReadOnlyList<string> ServicesWillBeStopped { get; init; }
}
