namespace VCRunbooks.VCenter.Deployment;

/// <summary>install/psc/replicated check input.</summary>
public sealed record ReplicatedPscSpec
{
    /// <summary>SSO site to join; null for the default site.</summary>
    public string? SsoSiteName { get; init; }
    /// <summary>IP address or DNS name of the partner PSC.</summary>
    public required string PartnerHostname { get; init; }
    /// <summary>HTTPS port of the partner; null means 443.</summary>
    public long? HttpsPort { get; init; }
    /// <summary>SSO administrator password of the domain; never logged.</summary>
    public required string SsoAdminPassword { get; init; }
    /// <summary>SHA-1 thumbprint to pin the partner's certificate to; used when <see cref="SslVerify"/> is null or true.</summary>
    public string? SslThumbprint { get; init; }
    /// <summary>Whether to verify the partner's certificate; null means true.</summary>
    public bool? SslVerify { get; init; }
}
