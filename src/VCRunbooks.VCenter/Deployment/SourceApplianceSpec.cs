namespace VCRunbooks.VCenter.Deployment;

/// <summary>The appliance an upgrade copies its configuration from.</summary>
public sealed record SourceApplianceSpec
{
    /// <summary>IP address or DNS name of the source appliance.</summary>
    public required string Hostname { get; init; }
    /// <summary>Its HTTPS port; null means 443.</summary>
    public long? HttpsPort { get; init; }
    /// <summary>SHA-1 thumbprint to pin its certificate to; used when <see cref="SslVerify"/> is null or true.</summary>
    public string? SslThumbprint { get; init; }
    /// <summary>Whether to verify its certificate (by thumbprint when given, else by CA); null means true.</summary>
    public bool? SslVerify { get; init; }
    /// <summary>SSO administrator account on the source, e.g. <c>administrator@vsphere.local</c>.</summary>
    public required string SsoAdminUsername { get; init; }
    /// <summary>That account's password; never logged.</summary>
    public required string SsoAdminPassword { get; init; }
    /// <summary>Password of root on the source appliance; never logged.</summary>
    public required string RootPassword { get; init; }
    /// <summary>Whether to verify the source's SSH host key; null means true.</summary>
    public bool? SshVerify { get; init; }
    /// <summary>MD5 thumbprint of the source's SSH host key; used when <see cref="SshVerify"/> is null or true.</summary>
    public string? SshThumbprint { get; init; }
}
