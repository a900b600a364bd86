namespace VCRunbooks.Simulator.Monitoring;

/// <summary>What a simulated statistic models, which decides its curve and how backups affect it.</summary>
internal enum MetricKind
{
    CpuUtil,
    MemUsage,
    MemTotal,
    StorageUsed,
    StorageTotal,
    DirectorySize,
    NetRx,
    NetTx,
    NetPacketsRx,
    NetPacketsTx,
    NetErrors,
}
