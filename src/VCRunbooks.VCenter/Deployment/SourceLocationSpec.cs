namespace VCRunbooks.VCenter.Deployment;

/// <summary>The ESXi host or vCenter that runs the source appliance.</summary>
public sealed record SourceLocationSpec
{
    /// <summary>IP address or DNS name of the ESXi host or vCenter.</summary>
    public required string Hostname { get; init; }
    /// <summary>Its HTTPS port; null means 443.</summary>
    public long? HttpsPort { get; init; }
    /// <summary>SHA-1 thumbprint to pin its certificate to; used when <see cref="SslVerify"/> is null or true.</summary>
    public string? SslThumbprint { get; init; }
    /// <summary>Whether to verify its certificate; null means true.</summary>
    public bool? SslVerify { get; init; }
    /// <summary>Administrator account on it.</summary>
    public required string Username { get; init; }
    /// <summary>That account's password; never logged.</summary>
    public required string Password { get; init; }
}
