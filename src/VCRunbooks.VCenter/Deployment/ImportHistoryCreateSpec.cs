namespace VCRunbooks.VCenter.Deployment;

/// <summary>Names a historical data import task when starting it.</summary>
public sealed record ImportHistoryCreateSpec
{
    public required string Name { get; init; }
    public required string Description { get; init; }
}
