namespace VCRunbooks.VCenter.Deployment;

/// <summary>install/psc/replicated check input.</summary>
public sealed record ReplicatedPscSpec
{
    public string? SsoSiteName { get; init; }
    public required string PartnerHostname { get; init; }
    public long? HttpsPort { get; init; }
    public required string SsoAdminPassword { get; init; }
    public string? SslThumbprint { get; init; }
    public bool? SslVerify { get; init; }
}
