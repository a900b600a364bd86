namespace VCRunbooks.VCenter.Identity;

/// <summary>vcenter.identity.Providers.Summary: one identity provider as the list shows it.</summary>
public sealed record ProviderSummary
{
    public required string Provider { get; init; }
    public string? Name { get; init; }
    public required ConfigType ConfigTag { get; init; }
    public Oauth2Summary? Oauth2 { get; init; }
    public OidcSummary? Oidc { get; init; }
    public required bool IsDefault { get; init; }
    public IReadOnlyList<string>? DomainNames { get; init; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? AuthQueryParams { get; init; }
}
