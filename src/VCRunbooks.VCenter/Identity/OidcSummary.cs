namespace VCRunbooks.VCenter.Identity;

/// <summary>vcenter.identity.Providers.OidcSummary.</summary>
public sealed record OidcSummary
{
    /// <summary>The OIDC discovery endpoint; null when not given.</summary>
    public string? DiscoveryEndpoint { get; init; }
    /// <summary>Where to end the user's session at the provider; null when not advertised.</summary>
    public string? LogoutEndpoint { get; init; }
    /// <summary>The authorization endpoint.</summary>
    public required string AuthEndpoint { get; init; }
    /// <summary>The token endpoint.</summary>
    public required string TokenEndpoint { get; init; }
    /// <summary>The client id vCenter uses with the provider.</summary>
    public required string ClientId { get; init; }
    /// <summary>The authentication data vCenter sends in a header to get or refresh a token; its format depends on the method, e.g. <c>Authorization: Basic base64(client_id:secret)</c>.</summary>
    public required string AuthenticationHeader { get; init; }
    /// <summary>Query parameters appended to authorization requests.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> AuthQueryParams { get; init; }
}
