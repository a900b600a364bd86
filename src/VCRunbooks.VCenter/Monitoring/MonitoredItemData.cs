namespace VCRunbooks.VCenter.Monitoring;

/// <summary>
/// appliance.Monitoring.MonitoredItemData: one statistic's rolled-up values, as STRINGS; an empty string is an
/// interval with no sample (before the appliance existed, not collected yet, or shorter than the sample period).
/// </summary>
public sealed record MonitoredItemData
{
    public required string Name { get; init; }
    public required IntervalType Interval { get; init; }
    public required FunctionType Function { get; init; }
    public required DateTimeOffset StartTime { get; init; }
    public required DateTimeOffset EndTime { get; init; }
    public required IReadOnlyList<string> Data { get; init; }
}
