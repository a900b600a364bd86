namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>vcenter.lcm.update.PrecheckReport.Report.</summary>
public sealed record PrecheckReport
{
    public required DateTimeOffset DateCreated { get; init; }
    public long? EstimatedTimeToUpdate { get; init; }
    public VCRunbooks.VCenter.Common.Notifications? Issues { get; init; }
    public PrecheckReportSummary? ReportSummary { get; init; }
}
