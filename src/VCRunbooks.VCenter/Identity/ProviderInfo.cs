namespace VCRunbooks.VCenter.Identity;

/// <summary>vcenter.identity.Providers.Info: one identity provider in full (secrets masked by the simulator).</summary>
public sealed record ProviderInfo
{
    /// <summary>Display name; null or empty when none was given.</summary>
    public string? Name { get; init; }
    /// <summary>Org ids, the basis of tenancy in an SDDC.</summary>
    public required IReadOnlyList<string> OrgIds { get; init; }
    /// <summary>Which of <see cref="Oauth2"/> and <see cref="Oidc"/> is set.</summary>
    public required ConfigType ConfigTag { get; init; }
    /// <summary>The OAuth2 settings, when <see cref="ConfigTag"/> is Oauth2.</summary>
    public Oauth2Info? Oauth2 { get; init; }
    /// <summary>The OIDC settings, when <see cref="ConfigTag"/> is Oidc.</summary>
    public OidcInfo? Oidc { get; init; }
    /// <summary>Whether this is the default provider.</summary>
    public required bool IsDefault { get; init; }
    /// <summary>Trusted domains; null or empty trusts the domain of each user's UPN.</summary>
    public IReadOnlyList<string>? DomainNames { get; init; }
    /// <summary>Query parameters appended to authorization requests; null for none.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? AuthQueryParams { get; init; }
    /// <summary>Protocol of the identity-management endpoints; null when none is configured.</summary>
    public IdmProtocol? IdmProtocol { get; init; }
    /// <summary>The identity-management endpoints; null when none.</summary>
    public IReadOnlyList<string>? IdmEndpoints { get; init; }
    /// <summary>The AD settings when <see cref="IdmProtocol"/> is LDAP.</summary>
    public ActiveDirectoryOverLdap? ActiveDirectoryOverLdap { get; init; }
    /// <summary>Claim carrying the user principal name.</summary>
    public string? UpnClaim { get; init; }
    /// <summary>Claim carrying the group membership; null for the CSP-compatible default.</summary>
    public string? GroupsClaim { get; init; }
}
