namespace VCRunbooks.VCenter.Update;

/// <summary>
/// The guide-only GET /api/appliance/update/pending/{version}/requirements (chapter 9, "Get update requirements"):
/// the time and disk space an update needs. No spec file has it; these fields are the simulator's.
/// </summary>
public sealed record UpdateRequirements
{
    /// <summary>The update the requirements are for.</summary>
    public required string Version { get; init; }
    /// <summary>Minutes.</summary>
    public required long EstimatedTimeToInstall { get; init; }
    /// <summary>MB of free disk space the update needs.</summary>
    public required long RequiredDiskSpace { get; init; }
    /// <summary>Whether the install reboots the appliance.</summary>
    public required bool RebootRequired { get; init; }
    /// <summary>Ids of the services the install stops and restarts.</summary>
    public required IReadOnlyList<string> ServicesWillBeStopped { get; init; }
}
