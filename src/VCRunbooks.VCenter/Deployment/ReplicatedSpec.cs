namespace VCRunbooks.VCenter.Deployment;

/// <summary>Joins the SSO domain of a partner vCenter.</summary>
public sealed record ReplicatedSpec
{
    public required string PartnerHostname { get; init; }
    public long? HttpsPort { get; init; }
    public required string SsoAdminPassword { get; init; }
    public string? SslThumbprint { get; init; }
    public bool? SslVerify { get; init; }
}
