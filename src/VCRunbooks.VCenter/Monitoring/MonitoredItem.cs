namespace VCRunbooks.VCenter.Monitoring;

/// <summary>appliance.Monitoring.MonitoredItem: one statistic the appliance collects.</summary>
public sealed record MonitoredItem
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required string Units { get; init; }
    public required string Category { get; init; }
    public required string Instance { get; init; }
    public required string Description { get; init; }
}
