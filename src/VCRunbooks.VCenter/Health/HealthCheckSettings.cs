namespace VCRunbooks.VCenter.Health;

/// <summary>Whether backups run the database health check first.</summary>
public sealed record HealthCheckSettings
{
    public required bool DbHealthCheckStateManualBackup { get; init; }
    public required bool DbHealthCheckStateScheduledBackup { get; init; }
}
