namespace VCRunbooks.VCenter.Lifecycle;

/// <summary>vcenter.lcm.reports.Token: the token that authorises a report download, and when it expires.</summary>
public sealed record ReportToken
{
    public required string Token { get; init; }
    public required DateTimeOffset Expiry { get; init; }
}
