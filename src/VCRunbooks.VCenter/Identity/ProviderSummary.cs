namespace VCRunbooks.VCenter.Identity;

/// <summary>vcenter.identity.Providers.Summary: one identity provider as the list shows it.</summary>
public sealed record ProviderSummary
{
    /// <summary>The provider's id, for get, update and delete.</summary>
    public required string Provider { get; init; }
    /// <summary>Display name; null or empty when none was given.</summary>
    public string? Name { get; init; }
    /// <summary>Which of <see cref="Oauth2"/> and <see cref="Oidc"/> is set.</summary>
    public required ConfigType ConfigTag { get; init; }
    /// <summary>The OAuth2 summary, when <see cref="ConfigTag"/> is Oauth2.</summary>
    public Oauth2Summary? Oauth2 { get; init; }
    /// <summary>The OIDC summary, when <see cref="ConfigTag"/> is Oidc.</summary>
    public OidcSummary? Oidc { get; init; }
    /// <summary>Whether this is the default provider.</summary>
    public required bool IsDefault { get; init; }
    /// <summary>Trusted domains; null or empty trusts the domain of each user's UPN.</summary>
    public IReadOnlyList<string>? DomainNames { get; init; }
    /// <summary>Query parameters appended to authorization requests; null for none.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? AuthQueryParams { get; init; }
}
