namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>vcenter.lcm.reports.Location: where to download a report (CSV).</summary>
public sealed record ReportLocation
{
    public required string Uri { get; init; }
    public required ReportToken DownloadFileToken { get; init; }
}
