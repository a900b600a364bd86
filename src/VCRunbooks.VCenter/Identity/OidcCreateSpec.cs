namespace VCRunbooks.VCenter.Identity;

/// <summary>vcenter.identity.Providers.OidcCreateSpec: the AD FS application group's settings.</summary>
public sealed record OidcCreateSpec
{
    /// <summary>The OIDC discovery (metadata) endpoint; vCenter reads the other endpoints from it.</summary>
    public required string DiscoveryEndpoint { get; init; }
    /// <summary>The client id vCenter uses with the provider.</summary>
    public required string ClientId { get; init; }
    /// <summary>The secret shared with the provider; never logged.</summary>
    public required string ClientSecret { get; init; }
    /// <summary>Maps the provider's claims to vCenter groups: only the key <c>perms</c>, then external group → vCenter groups.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> ClaimMap { get; init; }
}
