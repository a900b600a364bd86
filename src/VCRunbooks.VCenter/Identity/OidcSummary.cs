namespace VCRunbooks.VCenter.Identity;

/// <summary>vcenter.identity.Providers.OidcSummary.</summary>
public sealed record OidcSummary
{
    public string? DiscoveryEndpoint { get; init; }
    public string? LogoutEndpoint { get; init; }
    public required string AuthEndpoint { get; init; }
    public required string TokenEndpoint { get; init; }
    public required string ClientId { get; init; }
    public required string AuthenticationHeader { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> AuthQueryParams { get; init; }
}
