namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>Counts of an interoperability report.</summary>
public sealed record InteropReportSummary
{
    /// <summary>Products compatible with the target version.</summary>
    public required long CompatibleCount { get; init; }
    /// <summary>Products not compatible with it.</summary>
    public required long IncompatibleCount { get; init; }
}
