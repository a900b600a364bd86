using VCRunbooks.VCenter.Monitoring;

namespace VCRunbooks.Simulator.Monitoring;

/// <summary>
/// The statistics a simulated appliance collects: CPU, memory and network every minute, storage every 10 minutes
/// (the guide's collection periods). The ids follow the ones real appliances and the guide use.
/// </summary>
internal static class MetricCatalog
{
    private static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan TenMinutes = TimeSpan.FromMinutes(10);

    public static readonly IReadOnlyList<MetricDefinition> All = Build();

    private static readonly Dictionary<string, MetricDefinition> ById = All.ToDictionary(m => m.Item.Id, StringComparer.Ordinal);

    public static MetricDefinition? Find(string id) => ById.GetValueOrDefault(id);

    private static List<MetricDefinition> Build()
    {
        var list = new List<MetricDefinition>
        {
            Metric("cpu.util", "CPU Utilization", "%", "cpu", "", MetricKind.CpuUtil, Minute, 8),
            Metric("mem.usage", "Memory Usage", "KB", "memory", "", MetricKind.MemUsage, Minute, 8_800_000),
            Metric("mem.total", "Memory Total", "KB", "memory", "", MetricKind.MemTotal, Minute, 14_680_064),
        };
        // Filesystems (KB): used grows with the inventory and statistics; total is the partition size.
        foreach (var (part, used, growth, total) in new (string, double, double, double)[]
        {
            ("root", 6_200_000, 50, 50_000_000), ("log", 2_400_000, 600, 10_000_000), ("archive", 1_100_000, 200, 50_000_000),
            ("db", 1_300_000, 100, 10_000_000), ("seat", 3_500_000, 4_000, 25_000_000),
            ("vcdb_core_inventory", 2_000_000, 500, 25_000_000), ("vcdb_seat", 3_500_000, 4_000, 25_000_000),
            ("vcdb_transaction_log", 300_000, 20, 15_000_000),
        })
        {
            list.Add(Metric($"storage.used.filesystem.{part}", $"Storage used: {part}", "KB", "storage", part, MetricKind.StorageUsed, TenMinutes, used, growth));
            list.Add(Metric($"storage.totalsize.filesystem.{part}", $"Storage total size: {part}", "KB", "storage", part, MetricKind.StorageTotal, TenMinutes, total));
        }
        // Database directories (KB), the guide's breakdown of inventory and SEAT (statistics, events, alarms, tasks).
        foreach (var (directory, size, growth) in new (string, double, double)[]
        {
            ("vcdb_core_inventory", 1_900_000, 480), ("vcdb_seat", 3_300_000, 3_900), ("vcdb_hourly_stats", 900_000, 1_500),
            ("vcdb_daily_stats", 600_000, 900), ("vcdb_monthly_stats", 300_000, 300), ("vcdb_yearly_stats", 120_000, 60),
            ("vcdb_events", 700_000, 800), ("vcdb_alarms", 40_000, 10), ("vcdb_tasks", 250_000, 200),
        })
        {
            list.Add(Metric($"storage.totalsize.directory.{directory}", $"Directory size: {directory}", "KB", "storage", directory, MetricKind.DirectorySize, TenMinutes, size, growth));
        }
        list.Add(Metric("net.rx.activity.eth0", "Network receive rate", "KB/s", "network", "eth0", MetricKind.NetRx, Minute, 45));
        list.Add(Metric("net.tx.activity.eth0", "Network transmit rate", "KB/s", "network", "eth0", MetricKind.NetTx, Minute, 60));
        list.Add(Metric("net.rx.packetRate.eth0", "Network receive packet rate", "packets/s", "network", "eth0", MetricKind.NetPacketsRx, Minute, 400));
        list.Add(Metric("net.tx.packetRate.eth0", "Network transmit packet rate", "packets/s", "network", "eth0", MetricKind.NetPacketsTx, Minute, 450));
        foreach (var counter in new[] { "net.rx.error.eth0", "net.tx.error.eth0", "net.rx.drop.eth0", "net.tx.drop.eth0" })
        {
            list.Add(Metric(counter, "Network " + counter.Split('.')[1] + " " + counter.Split('.')[2] + "s", "count", "network", "eth0", MetricKind.NetErrors, Minute, 0));
        }
        return list;
    }

    private static MetricDefinition Metric(string id, string name, string units, string category, string instance, MetricKind kind, TimeSpan period, double level, double growth = 0) =>
        new(new MonitoredItem
        {
            Id = id,
            Name = name,
            Units = units,
            Category = category,
            Instance = instance,
            Description = "com.vmware.applmgmt.mon.descr." + id,
        }, kind, period, level, growth);
}
