namespace VCRunbooks.VCenter.Identity;

/// <summary>vcenter.identity.Providers.UpdateSpec (PATCH): unset fields stay; make_default makes it the default.</summary>
public sealed record ProviderUpdateSpec
{
    /// <summary>Which of <see cref="Oauth2"/> and <see cref="Oidc"/> is set.</summary>
    public required ConfigType ConfigTag { get; init; }
    /// <summary>OAuth2 changes, when <see cref="ConfigTag"/> is Oauth2.</summary>
    public Oauth2UpdateSpec? Oauth2 { get; init; }
    /// <summary>OIDC changes, when <see cref="ConfigTag"/> is Oidc.</summary>
    public OidcUpdateSpec? Oidc { get; init; }
    /// <summary>New org ids; null keeps them.</summary>
    public IReadOnlyList<string>? OrgIds { get; init; }
    /// <summary>True makes this the default provider and the others not; null or false changes nothing.</summary>
    public bool? MakeDefault { get; init; }
    /// <summary>New display name; null keeps it.</summary>
    public string? Name { get; init; }
    /// <summary>New trusted domains; null keeps them.</summary>
    public IReadOnlyList<string>? DomainNames { get; init; }
    /// <summary>New authorization query parameters; null keeps them.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? AuthQueryParams { get; init; }
    /// <summary>New identity-management protocol; null keeps it.</summary>
    public IdmProtocol? IdmProtocol { get; init; }
    /// <summary>New identity-management endpoints, at least one; for REST, SCIM and SCIM2_0.</summary>
    public IReadOnlyList<string>? IdmEndpoints { get; init; }
    /// <summary>New AD settings, required when <see cref="IdmProtocol"/> is LDAP.</summary>
    public ActiveDirectoryOverLdap? ActiveDirectoryOverLdap { get; init; }
    /// <summary>New UPN claim; null keeps it.</summary>
    public string? UpnClaim { get; init; }
    /// <summary>True sets the UPN claim back to <c>acct</c>.</summary>
    public bool? ResetUpnClaim { get; init; }
    /// <summary>New groups claim; null keeps it.</summary>
    public string? GroupsClaim { get; init; }
    /// <summary>True removes the groups claim, back to the CSP-compatible default.</summary>
    public bool? ResetGroupsClaim { get; init; }
}
