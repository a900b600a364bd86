namespace VCRunbooks.VCenter.Deployment;

/// <summary>install/psc/standalone check input.</summary>
public sealed record StandalonePscSpec
{
    /// <summary>SSO site name; null for the default site.</summary>
    public string? SsoSiteName { get; init; }
    /// <summary>Password for the SSO administrator; never logged.</summary>
    public required string SsoAdminPassword { get; init; }
    /// <summary>SSO domain name; null means <c>vsphere.local</c>.</summary>
    public string? SsoDomainName { get; init; }
}
