namespace VCRunbooks.VCenter.Identity;

/// <summary>vcenter.identity.Providers.OidcCreateSpec: the AD FS application group's settings.</summary>
public sealed record OidcCreateSpec
{
    public required string DiscoveryEndpoint { get; init; }
    public required string ClientId { get; init; }
    public required string ClientSecret { get; init; }
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>> ClaimMap { get; init; }
}
