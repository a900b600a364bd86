namespace VCRunbooks.VCenter.Identity;

/// <summary>vcenter.identity.Providers.Oauth2UpdateSpec: unset fields stay.</summary>
public sealed record Oauth2UpdateSpec
{
    public string? AuthEndpoint { get; init; }
    public string? TokenEndpoint { get; init; }
    public string? PublicKeyUri { get; init; }
    public string? ClientId { get; init; }
    public string? ClientSecret { get; init; }
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>? ClaimMap { get; init; }
    public string? Issuer { get; init; }
    public AuthenticationMethod? AuthenticationMethod { get; init; }
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? AuthQueryParams { get; init; }
}
