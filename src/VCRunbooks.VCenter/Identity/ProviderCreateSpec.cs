namespace VCRunbooks.VCenter.Identity;

/// <summary>vcenter.identity.Providers.CreateSpec.</summary>
public sealed record ProviderCreateSpec
{
    public required ConfigType ConfigTag { get; init; }
    public Oauth2CreateSpec? Oauth2 { get; init; }
    public OidcCreateSpec? Oidc { get; init; }
    public IReadOnlyList<string>? OrgIds { get; init; }
    public bool? IsDefault { get; init; }
    public string? Name { get; init; }
    public IReadOnlyList<string>? DomainNames { get; init; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? AuthQueryParams { get; init; }
    public IdmProtocol? IdmProtocol { get; init; }
    public IReadOnlyList<string>? IdmEndpoints { get; init; }
    public ActiveDirectoryOverLdap? ActiveDirectoryOverLdap { get; init; }
    public string? UpnClaim { get; init; }
    public string? GroupsClaim { get; init; }
}
