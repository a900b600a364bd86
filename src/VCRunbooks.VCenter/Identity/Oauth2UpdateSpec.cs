namespace VCRunbooks.VCenter.Identity;

/// <summary>vcenter.identity.Providers.Oauth2UpdateSpec: unset fields stay.</summary>
public sealed record Oauth2UpdateSpec
{
    /// <summary>New authorization endpoint; null keeps it.</summary>
    public string? AuthEndpoint { get; init; }
    /// <summary>New token endpoint; null keeps it.</summary>
    public string? TokenEndpoint { get; init; }
    /// <summary>New public key URI; null keeps it.</summary>
    public string? PublicKeyUri { get; init; }
    /// <summary>New client id; null keeps it.</summary>
    public string? ClientId { get; init; }
    /// <summary>New client secret; null keeps it. Never logged.</summary>
    public string? ClientSecret { get; init; }
    /// <summary>New claim map, replacing the old one; null keeps it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>? ClaimMap { get; init; }
    /// <summary>New issuer; null keeps it.</summary>
    public string? Issuer { get; init; }
    /// <summary>New token-endpoint authentication method; null keeps it.</summary>
    public AuthenticationMethod? AuthenticationMethod { get; init; }
    /// <summary>New authorization query parameters; null keeps them.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? AuthQueryParams { get; init; }
}
