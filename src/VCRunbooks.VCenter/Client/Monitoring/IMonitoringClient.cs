using VCRunbooks.VCenter.Monitoring;

namespace VCRunbooks.VCenter.Client.Monitoring;

/// <summary>Appliance statistics (appliance.monitoring): the metric catalogue and time-series queries.</summary>
public interface IMonitoringClient
{
    Task<IReadOnlyList<MonitoredItem>> ListAsync(CancellationToken cancellationToken = default);

    Task<MonitoredItem> GetAsync(string statId, CancellationToken cancellationToken = default);

    /// <summary>Values of each named metric over [start, end] at the interval, aggregated by the function; gaps are "".</summary>
    Task<IReadOnlyList<MonitoredItemData>> QueryAsync(IReadOnlyCollection<string> names, IntervalType interval, FunctionType function,
        DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default);
}
