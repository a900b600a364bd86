namespace VCRunbooks.VCenter.Health;

/// <summary>A change to the health check settings; unset fields keep their value.</summary>
public sealed record HealthCheckSettingsUpdate
{
    public bool? DbHealthCheckStateManualBackup { get; init; }
    public bool? DbHealthCheckStateScheduledBackup { get; init; }
}
