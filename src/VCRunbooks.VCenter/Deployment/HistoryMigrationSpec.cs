namespace VCRunbooks.VCenter.Deployment;

/// <summary>Which historical data an upgrade or migration moves, and whether it is imported later (deferred).</summary>
public sealed record HistoryMigrationSpec
{
    /// <summary>Which historical data to move besides the core data.</summary>
    public required HistoryMigrationOption DataSet { get; init; }
    /// <summary>True to import the history after the upgrade or migration, as a separate task; null or false imports it during.</summary>
    public bool? DeferImport { get; init; }
}
