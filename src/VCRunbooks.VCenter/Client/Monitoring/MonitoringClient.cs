using VCRunbooks.VCenter.Client.Transport;
using VCRunbooks.VCenter.Client.Validation;
using VCRunbooks.VCenter.Monitoring;

namespace VCRunbooks.VCenter.Client.Monitoring;

internal sealed class MonitoringClient(ClientContext context) : IMonitoringClient
{
    private const string Api = "/api/appliance/monitoring";
    private const string Rest = "/rest/appliance/monitoring";

    public Task<IReadOnlyList<MonitoredItem>> ListAsync(CancellationToken cancellationToken = default) =>
        context.Transport.SendAsync<IReadOnlyList<MonitoredItem>>(VapiRequest.Get(Api, Rest), cancellationToken);

    public Task<MonitoredItem> GetAsync(string statId, CancellationToken cancellationToken = default)
    {
        var id = Paths.Segment(statId, nameof(statId));
        return context.Transport.SendAsync<MonitoredItem>(VapiRequest.Get($"{Api}/{id}", $"{Rest}/{id}"), cancellationToken);
    }

    public Task<IReadOnlyList<MonitoredItemData>> QueryAsync(IReadOnlyCollection<string> names, IntervalType interval, FunctionType function,
        DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken = default)
    {
        Arguments.NotNull(names, nameof(names));
        if (names.Count == 0)
        {
            throw new ArgumentException("Name at least one metric.", nameof(names));
        }
        foreach (var name in names)
        {
            Arguments.NotEmpty(name, nameof(names));
        }
        Arguments.Defined(interval, nameof(interval));
        Arguments.Defined(function, nameof(function));
        if (end < start)
        {
            throw new ArgumentException("The end must not be before the start.", nameof(end));
        }
        var api = new QueryString().AddAll("names", names)
            .Add("interval", WireNames.Of(interval)).Add("function", WireNames.Of(function)).Add("start_time", start).Add("end_time", end);
        // /rest indexes repeated values and prefixes the struct name: item.names.1=cpu.util&item.interval=...
        var rest = new QueryString();
        var index = 1;
        foreach (var name in names)
        {
            rest.Add($"item.names.{index++}", name);
        }
        rest.Add("item.interval", WireNames.Of(interval)).Add("item.function", WireNames.Of(function)).Add("item.start_time", start).Add("item.end_time", end);
        return context.Transport.SendAsync<IReadOnlyList<MonitoredItemData>>(VapiRequest.Get(api.AppendTo($"{Api}/query"), rest.AppendTo($"{Rest}/query")), cancellationToken);
    }
}
