namespace VCRunbooks.VCenter.Deployment;

/// <summary>Names a historical data import task when starting it.</summary>
public sealed record ImportHistoryCreateSpec
{
    /// <summary>Name of the import task.</summary>
    public required string Name { get; init; }
    /// <summary>Description of the import task.</summary>
    public required string Description { get; init; }
}
