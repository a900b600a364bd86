namespace VCRunbooks.VCenter.Identity;

/// <summary>vcenter.identity.Providers.Oauth2CreateSpec.</summary>
public sealed record Oauth2CreateSpec
{
    /// <summary>The authorization endpoint.</summary>
    public required string AuthEndpoint { get; init; }
    /// <summary>The token endpoint.</summary>
    public required string TokenEndpoint { get; init; }
    /// <summary>Where the provider's token-signing keys are read.</summary>
    public required string PublicKeyUri { get; init; }
    /// <summary>The client id vCenter uses with the provider.</summary>
    public required string ClientId { get; init; }
    /// <summary>The secret shared with the provider; never logged.</summary>
    public required string ClientSecret { get; init; }
    /// <summary>Maps the provider's claims to vCenter groups: only the key <c>perms</c>, then external group → vCenter groups.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> ClaimMap { get; init; }
    /// <summary>The issuer the tokens must carry.</summary>
    public required string Issuer { get; init; }
    /// <summary>How vCenter authenticates to the token endpoint.</summary>
    public required AuthenticationMethod AuthenticationMethod { get; init; }
    /// <summary>Query parameters appended to authorization requests: name → values; null for none.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>>? AuthQueryParams { get; init; }
}
