namespace VCRunbooks.VCenter.Health;

/// <summary>The health of the vCenter database (7.0U2+).</summary>
public sealed record DatabaseHealthInfo
{
    /// <summary>The overall database health.</summary>
    public required DatabaseHealthStatus Status { get; init; }
    /// <summary>The issues found, each with its severity; empty when healthy.</summary>
    public required IReadOnlyList<DatabaseHealthMessage> Messages { get; init; }
}
