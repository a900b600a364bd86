using System.Globalization;
using VCRunbooks.Simulator.Appliances;
using VCRunbooks.VCenter.Monitoring;

namespace VCRunbooks.Simulator.Monitoring;

/// <summary>
/// Answers a statistics query as the guide describes: the start time is rounded down to a multiple of the interval
/// (UTC), the end time is not adjusted, one data point per interval from start to end inclusive. Samples are taken
/// every sample period from the appliance's creation (the monitoring service start) up to now and kept 13 months;
/// an interval without samples is "".
/// </summary>
internal static class MonitoringQuery
{
    public const int MaxPoints = 5_000;
    public static readonly TimeSpan Retention = TimeSpan.FromDays(395);

    public static TimeSpan Length(IntervalType interval) => interval switch
    {
        IntervalType.Minutes5 => TimeSpan.FromMinutes(5),
        IntervalType.Minutes30 => TimeSpan.FromMinutes(30),
        IntervalType.Hours2 => TimeSpan.FromHours(2),
        IntervalType.Hours6 => TimeSpan.FromHours(6),
        _ => TimeSpan.FromDays(1),
    };

    public static DateTimeOffset AlignDown(DateTimeOffset time, TimeSpan interval) =>
        new(time.UtcTicks - time.UtcTicks % interval.Ticks, TimeSpan.Zero);

    public static MonitoredItemData Run(Appliance appliance, MetricDefinition metric, IntervalType interval, FunctionType function,
        DateTimeOffset start, DateTimeOffset end, DateTimeOffset now, BackupActivity backups)
    {
        var length = Length(interval);
        var alignedStart = AlignDown(start, length);
        var seed = MetricModel.Seed(appliance.Name, metric.Item.Id);
        var oldest = now - Retention;
        var data = new List<string>();
        for (var bucket = alignedStart; bucket <= end; bucket += length)
        {
            var samples = new List<double>();
            // Sample times are fixed relative to the monitoring service's start (the appliance's creation).
            var first = appliance.CreatedAt + metric.SamplePeriod * Math.Max(0, Math.Ceiling((bucket - appliance.CreatedAt) / metric.SamplePeriod));
            for (var at = first; at < bucket + length && at <= now; at += metric.SamplePeriod)
            {
                if (at >= oldest)
                {
                    samples.Add(MetricModel.Value(metric, seed, at, appliance.CreatedAt, backups.Running(at)));
                }
            }
            data.Add(samples.Count == 0 ? "" : Format(metric, Roll(samples, function)));
        }
        return new MonitoredItemData
        {
            Name = metric.Item.Id,
            Interval = interval,
            Function = function,
            StartTime = alignedStart,
            EndTime = end,
            Data = data,
        };
    }

    public static long PointCount(DateTimeOffset start, DateTimeOffset end, IntervalType interval)
    {
        var length = Length(interval);
        return (end - AlignDown(start, length)).Ticks / length.Ticks + 1;
    }

    private static double Roll(List<double> samples, FunctionType function) => function switch
    {
        FunctionType.Max => samples.Max(),
        FunctionType.Min => samples.Min(),
        FunctionType.Avg => samples.Average(),
        _ => samples.Sum(),
    };

    private static string Format(MetricDefinition metric, double value) =>
        metric.IsPercent
            ? Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture)
            : Math.Round(value).ToString("0", CultureInfo.InvariantCulture);
}
