namespace VCRunbooks.VCenter.Deployment;

/// <summary>Which historical data an upgrade or migration moves, and whether it is imported later (deferred).</summary>
public sealed record HistoryMigrationSpec
{
    public required HistoryMigrationOption DataSet { get; init; }
    public bool? DeferImport { get; init; }
}
