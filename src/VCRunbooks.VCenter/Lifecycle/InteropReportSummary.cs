namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>Counts of an interoperability report.</summary>
public sealed record InteropReportSummary
{
    public required long CompatibleCount { get; init; }
    public required long IncompatibleCount { get; init; }
}
