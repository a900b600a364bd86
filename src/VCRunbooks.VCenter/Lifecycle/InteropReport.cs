namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>vcenter.lcm.discovery.InteropReport.Report.</summary>
public sealed record InteropReport
{
    public required DateTimeOffset DateCreated { get; init; }
    public required Product TargetProduct { get; init; }
    public required IReadOnlyList<ProductCompatibility> Products { get; init; }
    public VCRunbooks.VCenter.Common.Notifications? Issues { get; init; }
    public InteropReportSummary? ReportSummary { get; init; }
}
