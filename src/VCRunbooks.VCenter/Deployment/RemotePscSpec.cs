namespace VCRunbooks.VCenter.Deployment;

/// <summary>install/remote-psc check input: an external Platform Services Controller.</summary>
public sealed record RemotePscSpec
{
    /// <summary>IP address or DNS name of the PSC.</summary>
    public required string PscHostname { get; init; }
    /// <summary>HTTPS port of the PSC; null means 443.</summary>
    public long? HttpsPort { get; init; }
    /// <summary>SSO administrator password; never logged.</summary>
    public required string SsoAdminPassword { get; init; }
    /// <summary>SHA-1 thumbprint to pin the PSC's certificate to; used when <see cref="SslVerify"/> is null or true.</summary>
    public string? SslThumbprint { get; init; }
    /// <summary>Whether to verify the PSC's certificate; null means true.</summary>
    public bool? SslVerify { get; init; }
}
