namespace VCRunbooks.VCenter.Health;

/// <summary>Severity of a database health finding.</summary>
public enum DatabaseMessageSeverity
{
    Error,
    Warning,
}
