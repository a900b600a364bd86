namespace VCRunbooks.VCenter.Health;

/// <summary>The database health summary.</summary>
public enum DatabaseHealthStatus
{
    /// <summary>The database has errors (wire <c>UNHEALTHY</c>).</summary>
    Unhealthy,
    /// <summary>The database works but has warnings (<c>DEGRADED</c>).</summary>
    Degraded,
    /// <summary>No issues found (<c>HEALTHY</c>).</summary>
    Healthy,
}
