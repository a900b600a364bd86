namespace VCRunbooks.VCenter.Deployment;

/// <summary>The appliance an upgrade copies its configuration from.</summary>
public sealed record SourceApplianceSpec
{
    public required string Hostname { get; init; }
    public long? HttpsPort { get; init; }
    public string? SslThumbprint { get; init; }
    public bool? SslVerify { get; init; }
    public required string SsoAdminUsername { get; init; }
    public required string SsoAdminPassword { get; init; }
    public required string RootPassword { get; init; }
    public bool? SshVerify { get; init; }
    public string? SshThumbprint { get; init; }
}
