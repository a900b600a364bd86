namespace VCRunbooks.VCenter.Health;

/// <summary>The database health summary.</summary>
public enum DatabaseHealthStatus
{
    Unhealthy,
    Degraded,
    Healthy,
}
