namespace VCRunbooks.VCenter.Deployment;

/// <summary>A new SSO domain.</summary>
public sealed record StandaloneSpec
{
    public required string SsoAdminPassword { get; init; }
    public string? SsoDomainName { get; init; }
}
