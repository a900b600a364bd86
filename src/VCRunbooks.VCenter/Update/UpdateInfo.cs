namespace VCRunbooks.VCenter.Update;

/// <summary>appliance.update Info: the update state, the version it concerns, and the running or last operation.</summary>
public sealed record UpdateInfo
{
    public required UpdateState State { get; init; }
    public ApplianceTaskInfo? Task { get; init; }
    /// <summary>Installed version when UP_TO_DATE; the staged/pending one when UPDATES_PENDING; the one in progress or failed otherwise.</summary>
    public required string Version { get; init; }
    public DateTimeOffset? LatestQueryTime { get; init; }
}
