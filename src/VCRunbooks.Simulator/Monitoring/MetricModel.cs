namespace VCRunbooks.Simulator.Monitoring;

/// <summary>
/// The deterministic value of a statistic at a sample time: a base level, a daily wave, steady growth since the
/// appliance was created, stable pseudo-random noise, and the load of a running backup (CPU, memory, staging disk
/// on the root filesystem, and a large network transmit rate).
/// </summary>
internal static class MetricModel
{
    public static double Value(MetricDefinition metric, ulong seed, DateTimeOffset at, DateTimeOffset created, bool backupRunning)
    {
        var noise = Noise(seed, at);
        var hours = (at - created).TotalHours;
        var daily = Math.Sin(2 * Math.PI * at.UtcDateTime.TimeOfDay.TotalHours / 24);
        return metric.Kind switch
        {
            MetricKind.CpuUtil => Math.Clamp(metric.Base + 5 * daily + 4 * noise + (backupRunning ? 35 : 0), 0, 100),
            MetricKind.MemUsage => metric.Base + 300_000 * daily + 100_000 * noise + (backupRunning ? 1_200_000 : 0),
            MetricKind.MemTotal or MetricKind.StorageTotal => metric.Base,
            MetricKind.StorageUsed => metric.Base + metric.GrowthPerHour * hours + 2_000 * noise
                + (backupRunning && metric.Item.Instance == "root" ? 1_500_000 : 0),
            MetricKind.DirectorySize => metric.Base + metric.GrowthPerHour * hours + 1_000 * noise,
            MetricKind.NetRx => metric.Base + 20 * daily + 15 * noise + (backupRunning ? 400 : 0),
            MetricKind.NetTx => metric.Base + 25 * daily + 20 * noise + (backupRunning ? 60_000 : 0),
            MetricKind.NetPacketsRx => metric.Base + 150 * daily + 80 * noise + (backupRunning ? 3_000 : 0),
            MetricKind.NetPacketsTx => metric.Base + 150 * daily + 80 * noise + (backupRunning ? 42_000 : 0),
            _ => noise > 0.97 ? 1 : 0,
        };
    }

    /// <summary>A stable seed per appliance and statistic (FNV-1a; string.GetHashCode changes between processes).</summary>
    public static ulong Seed(string appliance, string metric)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in appliance + "/" + metric)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }
        return hash;
    }

    private static double Noise(ulong seed, DateTimeOffset at)
    {
        // splitmix64 of (seed, minute): the same sample always has the same value.
        var z = seed + (ulong)(at.ToUnixTimeSeconds() / 60) * 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        z ^= z >> 31;
        return (z >> 11) * (1.0 / (1UL << 53));
    }
}
