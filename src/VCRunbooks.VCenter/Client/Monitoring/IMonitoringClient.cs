using VCRunbooks.VCenter.Monitoring;

namespace VCRunbooks.VCenter.Client.Monitoring;

/// <summary>Appliance statistics (appliance.monitoring): the metric catalogue and time-series queries.</summary>
public interface IMonitoringClient
{
    /// <summary>All statistics the appliance collects (<c>GET /api/appliance/monitoring</c>).</summary>
    Task<IReadOnlyList<MonitoredItem>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>One statistic's description (<c>GET /api/appliance/monitoring/{stat_id}</c>), e.g. <c>cpu.util</c>.</summary>
    Task<MonitoredItem> GetAsync(string statId, CancellationToken cancellationToken = default);

    /// <summary>Values of each named metric over [start, end] (UTC) at the interval, aggregated by the function; gaps are "" (<c>GET /api/appliance/monitoring/query</c>).</summary>
    Task<IReadOnlyList<MonitoredItemData>> QueryAsync(IReadOnlyCollection<string> names, IntervalType interval, FunctionType function,
        DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default);
}
