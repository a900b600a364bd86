namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>Counts of a pre-check report.</summary>
public sealed record PrecheckReportSummary
{
    public required long ErrorCount { get; init; }
    public required long WarningCount { get; init; }
}
