namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>vcenter.lcm.reports.Token: the token that authorises a report download, and when it expires.</summary>
public sealed record ReportToken
{
    /// <summary>One-time, short-lived token; send it in the <c>session-id</c> header of the download. Never logged.</summary>
    public required string Token { get; init; }
    /// <summary>When the token expires.</summary>
    public required DateTimeOffset Expiry { get; init; }
}
