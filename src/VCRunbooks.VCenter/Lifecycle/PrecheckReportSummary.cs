namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>Counts of a pre-check report.</summary>
public sealed record PrecheckReportSummary
{
    /// <summary>Errors found; each blocks the update.</summary>
    public required long ErrorCount { get; init; }
    /// <summary>Warnings found.</summary>
    public required long WarningCount { get; init; }
}
