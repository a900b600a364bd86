using VCRunbooks.VCenter.Monitoring;

namespace VCRunbooks.Simulator.Monitoring;

/// <summary>One simulated statistic: its metadata, how often it is sampled, and its base level and growth.</summary>
internal sealed record MetricDefinition(MonitoredItem Item, MetricKind Kind, TimeSpan SamplePeriod, double Base, double GrowthPerHour = 0)
{
    public bool IsPercent => Item.Units == "%";
}
