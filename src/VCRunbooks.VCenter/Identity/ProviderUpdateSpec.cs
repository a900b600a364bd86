namespace VCRunbooks.VCenter.Identity;

/// <summary>vcenter.identity.Providers.UpdateSpec (PATCH): unset fields stay; make_default makes it the default.</summary>
public sealed record ProviderUpdateSpec
{
    public required ConfigType ConfigTag { get; init; }
    public Oauth2UpdateSpec? Oauth2 { get; init; }
    public OidcUpdateSpec? Oidc { get; init; }
    public IReadOnlyList<string>? OrgIds { get; init; }
    public bool? MakeDefault { get; init; }
    public string? Name { get; init; }
    public IReadOnlyList<string>? DomainNames { get; init; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? AuthQueryParams { get; init; }
    public IdmProtocol? IdmProtocol { get; init; }
    public IReadOnlyList<string>? IdmEndpoints { get; init; }
    public ActiveDirectoryOverLdap? ActiveDirectoryOverLdap { get; init; }
    public string? UpnClaim { get; init; }
    public bool? ResetUpnClaim { get; init; }
    public string? GroupsClaim { get; init; }
    public bool? ResetGroupsClaim { get; init; }
}
