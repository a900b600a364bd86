namespace VCRunbooks.VCenter.Deployment;

/// <summary>install/psc/standalone check input.</summary>
public sealed record StandalonePscSpec
{
    public string? SsoSiteName { get; init; }
    public required string SsoAdminPassword { get; init; }
    public string? SsoDomainName { get; init; }
}
