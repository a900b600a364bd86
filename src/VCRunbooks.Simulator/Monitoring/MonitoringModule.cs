using System.Globalization;
using System.Text.Json;
using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Errors;
using VCRunbooks.VCenter.Json;
using VCRunbooks.VCenter.Monitoring;

namespace VCRunbooks.Simulator.Monitoring;

/// <summary>
/// appliance.Monitoring: list and get the statistics, and query them. The spec gives every error of this family as
/// the generic ERROR (HTTP 500 on /api, 400 on /rest), so bad input answers that, with a message naming the field.
/// The /rest query takes <c>item.names=..</c> repeated or indexed (<c>item.names.1=..</c>) and <c>item.interval</c> etc.
/// </summary>
internal sealed class MonitoringModule : IVapiModule
{
    public void Map(VapiRouteTable routes)
    {
        routes.Get("/api/appliance/monitoring", "/rest/appliance/monitoring", Access.Read, _ => VapiResult.Ok(MetricCatalog.All.Select(m => m.Item).ToList()));
        routes.Get("/api/appliance/monitoring/query", "/rest/appliance/monitoring/query", Access.Read, Query);
        routes.Get("/api/appliance/monitoring/{stat_id}", "/rest/appliance/monitoring/{stat_id}", Access.Read, Get);
    }

    private static VapiResult Get(VapiContext context)
    {
        var id = context.Route("stat_id");
        return VapiResult.Ok((MetricCatalog.Find(id) ?? throw Error("stat_id", $"'{id}' is not a monitored item.")).Item);
    }

    private static VapiResult Query(VapiContext context)
    {
        var prefix = context.IsRest ? "item." : "";
        var names = Names(context, prefix);
        if (names.Count == 0)
        {
            throw Error(prefix + "names", "at least one monitored item id is required.");
        }
        var metrics = names.Select(n => MetricCatalog.Find(n) ?? throw Error(prefix + "names", $"'{n}' is not a monitored item.")).ToList();
        var interval = Enum<IntervalType>(context, prefix + "interval");
        var function = Enum<FunctionType>(context, prefix + "function");
        var start = Time(context, prefix + "start_time");
        var end = Time(context, prefix + "end_time");
        if (end < start)
        {
            throw Error(prefix + "end_time", "the end time is before the start time.");
        }
        if (MonitoringQuery.PointCount(start, end, interval) > MonitoringQuery.MaxPoints)
        {
            throw Error(prefix + "interval", $"the query would return more than {MonitoringQuery.MaxPoints} values per item; use a longer interval or a shorter period.");
        }
        var backups = new BackupActivity(context.Appliance);
        return VapiResult.Ok(metrics.Select(m => MonitoringQuery.Run(context.Appliance, m, interval, function, start, end, context.Now, backups)).ToList());
    }

    private static List<string> Names(VapiContext context, string prefix)
    {
        var names = context.QueryAll(prefix + "names").ToList();
        // The indexed /rest style: item.names.1=cpu.util&item.names.2=mem.usage.
        names.AddRange(context.Http.Request.Query
            .Where(q => q.Key.StartsWith(prefix + "names.", StringComparison.Ordinal))
            .OrderBy(q => int.TryParse(q.Key[(prefix.Length + 6)..], out var i) ? i : int.MaxValue)
            .SelectMany(q => q.Value.Where(v => v is not null).Select(v => v!)));
        return names;
    }

    private static T Enum<T>(VapiContext context, string name) where T : struct, Enum
    {
        var raw = context.Query(name) ?? throw Error(name, "the parameter is required.");
        try
        {
            return JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(raw), VCenterJson.Options);
        }
        catch (JsonException)
        {
            throw Error(name, $"'{raw}' is not one of {string.Join(", ", System.Enum.GetValues<T>().Select(v => JsonSerializer.Serialize(v, VCenterJson.Options).Trim('"')))}.");
        }
    }

    private static DateTimeOffset Time(VapiContext context, string name)
    {
        var raw = context.Query(name) ?? throw Error(name, "the parameter is required.");
        return DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time
            : throw Error(name, $"'{raw}' is not a UTC date-time such as 2026-01-05T08:00:00.000Z.");
    }

    private static VapiException Error(string field, string reason) =>
        new(ErrorType.Error, "com.vmware.applmgmt.mon.invalid_argument", $"Invalid value for '{field}': {reason}", field, reason);
}
