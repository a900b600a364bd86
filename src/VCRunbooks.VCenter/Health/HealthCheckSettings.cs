namespace VCRunbooks.VCenter.Health;

/// <summary>Whether backups run the database health check first.</summary>
public sealed record HealthCheckSettings
{
    /// <summary>Whether manual backups run the database health check first.</summary>
    public required bool DbHealthCheckStateManualBackup { get; init; }
    /// <summary>Whether scheduled backups run the database health check first.</summary>
    public required bool DbHealthCheckStateScheduledBackup { get; init; }
}
