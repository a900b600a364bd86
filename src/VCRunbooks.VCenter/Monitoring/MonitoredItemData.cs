namespace VCRunbooks.VCenter.Monitoring;

/// <summary>
/// appliance.Monitoring.MonitoredItemData: one statistic's rolled-up values, as STRINGS; an empty string is an
/// interval with no sample (before the appliance existed, not collected yet, or shorter than the sample period).
/// </summary>
public sealed record MonitoredItemData
{
    /// <summary>The statistic id (see <see cref="MonitoredItem.Id"/>).</summary>
    public required string Name { get; init; }
    /// <summary>The roll-up interval of <see cref="Data"/>.</summary>
    public required IntervalType Interval { get; init; }
    /// <summary>How the samples of each interval were combined.</summary>
    public required FunctionType Function { get; init; }
    /// <summary>Start of the queried range.</summary>
    public required DateTimeOffset StartTime { get; init; }
    /// <summary>End of the queried range.</summary>
    public required DateTimeOffset EndTime { get; init; }
    /// <summary>One value per interval from <see cref="StartTime"/>, as decimal strings in the statistic's units; empty for a gap.</summary>
    public required IReadOnlyList<string> Data { get; init; }
}
