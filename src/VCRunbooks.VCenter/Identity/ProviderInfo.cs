namespace VCRunbooks.VCenter.Identity;

/// <summary>vcenter.identity.Providers.Info: one identity provider in full (secrets masked by the simulator).</summary>
public sealed record ProviderInfo
{
    public string? Name { get; init; }
    public required IReadOnlyList<string> OrgIds { get; init; }
    public required ConfigType ConfigTag { get; init; }
    public Oauth2Info? Oauth2 { get; init; }
    public OidcInfo? Oidc { get; init; }
    public required bool IsDefault { get; init; }
    public IReadOnlyList<string>? DomainNames { get; init; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? AuthQueryParams { get; init; }
    public IdmProtocol? IdmProtocol { get; init; }
    public IReadOnlyList<string>? IdmEndpoints { get; init; }
    public ActiveDirectoryOverLdap? ActiveDirectoryOverLdap { get; init; }
    public string? UpnClaim { get; init; }
    public string? GroupsClaim { get; init; }
}
