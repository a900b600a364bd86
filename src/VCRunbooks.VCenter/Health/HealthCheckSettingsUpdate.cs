namespace VCRunbooks.VCenter.Health;

/// <summary>A change to the health check settings; unset fields keep their value.</summary>
public sealed record HealthCheckSettingsUpdate
{
    /// <summary>True to run the database health check before manual backups, false to skip it; null keeps the setting.</summary>
    public bool? DbHealthCheckStateManualBackup { get; init; }
    /// <summary>True to run the database health check before scheduled backups, false to skip it; null keeps the setting.</summary>
    public bool? DbHealthCheckStateScheduledBackup { get; init; }
}
