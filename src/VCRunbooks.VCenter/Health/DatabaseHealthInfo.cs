namespace VCRunbooks.VCenter.Health;

/// <summary>The health of the vCenter database (7.0U2+).</summary>
public sealed record DatabaseHealthInfo
{
    public required DatabaseHealthStatus Status { get; init; }
    public required IReadOnlyList<DatabaseHealthMessage> Messages { get; init; }
}
