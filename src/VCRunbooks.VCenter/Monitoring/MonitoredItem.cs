namespace VCRunbooks.VCenter.Monitoring;

/// <summary>appliance.Monitoring.MonitoredItem: one statistic the appliance collects.</summary>
public sealed record MonitoredItem
{
    /// <summary>Statistic id used in queries, e.g. <c>cpu.util</c> or <c>mem.usage</c>.</summary>
    public required string Id { get; init; }
    /// <summary>Display name, e.g. "Network write speed".</summary>
    public required string Name { get; init; }
    /// <summary>The unit of the values, e.g. <c>%</c> or <c>Mbps</c>.</summary>
    public required string Units { get; init; }
    /// <summary>Category, e.g. <c>cpu</c>, <c>network</c> or <c>storage</c>.</summary>
    public required string Category { get; init; }
    /// <summary>Instance the statistic is about, e.g. <c>eth0</c>; empty when not per instance.</summary>
    public required string Instance { get; init; }
    /// <summary>Message id of the description, e.g. <c>com.vmware.applmgmt.mon.descr.net.rx.packetRate.eth0</c>.</summary>
    public required string Description { get; init; }
}
