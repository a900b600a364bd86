namespace VCRunbooks.VCenter.Identity;

/// <summary>vcenter.identity.Providers.CreateSpec.</summary>
public sealed record ProviderCreateSpec
{
    /// <summary>Which of <see cref="Oauth2"/> and <see cref="Oidc"/> is set.</summary>
    public required ConfigType ConfigTag { get; init; }
    /// <summary>The OAuth2 settings, when <see cref="ConfigTag"/> is Oauth2.</summary>
    public Oauth2CreateSpec? Oauth2 { get; init; }
    /// <summary>The OIDC settings, when <see cref="ConfigTag"/> is Oidc.</summary>
    public OidcCreateSpec? Oidc { get; init; }
    /// <summary>Org ids, the basis of tenancy in an SDDC; null for none.</summary>
    public IReadOnlyList<string>? OrgIds { get; init; }
    /// <summary>True makes this the default provider (and the others not); null or false leaves the default alone. The first provider is always the default.</summary>
    public bool? IsDefault { get; init; }
    /// <summary>Display name; need not be unique. Null for an empty name.</summary>
    public string? Name { get; init; }
    /// <summary>Domains to trust: tokens of users outside them are rejected; null trusts the domain of each user's UPN.</summary>
    public IReadOnlyList<string>? DomainNames { get; init; }
    /// <summary>Query parameters appended to authorization requests: name → values; null for none.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? AuthQueryParams { get; init; }
    /// <summary>Protocol of the identity-management endpoints that vCenter searches users and groups with; null for none.</summary>
    public IdmProtocol? IdmProtocol { get; init; }
    /// <summary>The identity-management endpoints, at least one; for REST, SCIM and SCIM2_0.</summary>
    public IReadOnlyList<string>? IdmEndpoints { get; init; }
    /// <summary>The AD settings, required when <see cref="IdmProtocol"/> is LDAP.</summary>
    public ActiveDirectoryOverLdap? ActiveDirectoryOverLdap { get; init; }
    /// <summary>Claim carrying the user principal name; null means <c>acct</c>.</summary>
    public string? UpnClaim { get; init; }
    /// <summary>Claim carrying the group membership; null uses the CSP-compatible <c>group_names</c> and <c>group_ids</c> claims.</summary>
    public string? GroupsClaim { get; init; }
}
