namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>vcenter.lcm.update.PrecheckReport.Report.</summary>
public sealed record PrecheckReport
{
    /// <summary>When the report was made.</summary>
    public required DateTimeOffset DateCreated { get; init; }
    /// <summary>Estimated time to apply the update, in minutes; null when unknown.</summary>
    public long? EstimatedTimeToUpdate { get; init; }
    /// <summary>Errors and warnings found; null when none.</summary>
    public VCRunbooks.VCenter.Common.Notifications? Issues { get; init; }
    /// <summary>Error and warning counts; null when not given.</summary>
    public PrecheckReportSummary? ReportSummary { get; init; }
}
