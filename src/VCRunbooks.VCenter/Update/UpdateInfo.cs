namespace VCRunbooks.VCenter.Update;

/// <summary>appliance.update Info: the update state, the version it concerns, and the running or last operation.</summary>
public sealed record UpdateInfo
{
    /// <summary>Where the appliance is in the update state machine.</summary>
    public required UpdateState State { get; init; }
    /// <summary>The running or last stage, install or rollback; null when there has been none.</summary>
    public ApplianceTaskInfo? Task { get; init; }
    /// <summary>Installed version when UP_TO_DATE; the staged/pending one when UPDATES_PENDING; the one in progress or failed otherwise.</summary>
    public required string Version { get; init; }
    /// <summary>When the repository was last queried; null if never.</summary>
    public DateTimeOffset? LatestQueryTime { get; init; }
}
