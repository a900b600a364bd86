namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>vcenter.lcm.discovery.InteropReport.Report.</summary>
public sealed record InteropReport
{
    /// <summary>When the report was made.</summary>
    public required DateTimeOffset DateCreated { get; init; }
    /// <summary>The vCenter version checked against.</summary>
    public required Product TargetProduct { get; init; }
    /// <summary>One entry per associated product.</summary>
    public required IReadOnlyList<ProductCompatibility> Products { get; init; }
    /// <summary>Problems met while making the report; null when none.</summary>
    public VCRunbooks.VCenter.Common.Notifications? Issues { get; init; }
    /// <summary>Compatible and incompatible counts; null when not given.</summary>
    public InteropReportSummary? ReportSummary { get; init; }
}
