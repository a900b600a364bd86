namespace VCRunbooks.VCenter.Health;

/// <summary>Severity of a database health finding.</summary>
public enum DatabaseMessageSeverity
{
    /// <summary>A problem that makes the database unhealthy (wire <c>ERROR</c>).</summary>
    Error,
    /// <summary>A problem that degrades the database (<c>WARNING</c>).</summary>
    Warning,
}
