namespace VCRunbooks.Simulator.Recovery.Restore;

/// <summary>
/// The phases of a restore in simulated time. The appliance's services restart in the middle (every other call
/// answers 503) and, for part of that, the reverse proxy is down and connections are dropped.
/// </summary>
internal static class RestoreTimeline
{
    /// <summary>Prechecks fail a restore this soon, while the archive's metadata is read.</summary>
    public static readonly TimeSpan Prechecks = TimeSpan.FromSeconds(30);
    /// <summary>Download and validation of the archive; the appliance is unchanged until then.</summary>
    public static readonly TimeSpan RestartStart = TimeSpan.FromMinutes(3);
    public static readonly TimeSpan RefuseStart = TimeSpan.FromMinutes(5);
    public static readonly TimeSpan RefuseEnd = TimeSpan.FromMinutes(6);
    public static readonly TimeSpan RestartEnd = TimeSpan.FromMinutes(11);
    public static readonly TimeSpan Total = TimeSpan.FromMinutes(15);

    /// <summary>Progress at which the appliance starts changing; a failure or cancel before it leaves the appliance redeployable.</summary>
    public static readonly long PointOfNoReturn = (long)(100 * RestartStart / Total);
}
