namespace VCRunbooks.VCenter.Identity;

/// <summary>vcenter.identity.Providers.Oauth2Info.</summary>
public sealed record Oauth2Info
{
    public required string AuthEndpoint { get; init; }
    public required string TokenEndpoint { get; init; }
    public required string PublicKeyUri { get; init; }
    public required string ClientId { get; init; }
    public required string ClientSecret { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> ClaimMap { get; init; }
    public required string Issuer { get; init; }
    public required AuthenticationMethod AuthenticationMethod { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> AuthQueryParams { get; init; }
}
