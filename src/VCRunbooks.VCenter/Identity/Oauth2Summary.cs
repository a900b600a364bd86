namespace VCRunbooks.VCenter.Identity;

/// <summary>vcenter.identity.Providers.Oauth2Summary.</summary>
public sealed record Oauth2Summary
{
    public required string AuthEndpoint { get; init; }
    public required string TokenEndpoint { get; init; }
    public required string ClientId { get; init; }
    public required string AuthenticationHeader { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyList<string>> AuthQueryParams { get; init; }
}
