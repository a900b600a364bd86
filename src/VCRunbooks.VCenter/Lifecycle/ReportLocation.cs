namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>vcenter.lcm.reports.Location: where to download a report (CSV).</summary>
public sealed record ReportLocation
{
    /// <summary>Where to download the report with an HTTP GET.</summary>
    public required string Uri { get; init; }
    /// <summary>The one-time token to send with that GET.</summary>
    public required ReportToken DownloadFileToken { get; init; }
}
