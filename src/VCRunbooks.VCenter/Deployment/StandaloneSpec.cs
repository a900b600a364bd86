namespace VCRunbooks.VCenter.Deployment;

/// <summary>A new SSO domain.</summary>
public sealed record StandaloneSpec
{
    /// <summary>Password for the new SSO administrator; never logged.</summary>
    public required string SsoAdminPassword { get; init; }
    /// <summary>Name of the new SSO domain; null means <c>vsphere.local</c>.</summary>
    public string? SsoDomainName { get; init; }
}
