namespace VCRunbooks.VCenter.Identity;

/// <summary>vcenter.identity.Providers.OidcUpdateSpec: unset fields stay.</summary>
public sealed record OidcUpdateSpec
{
    public string? DiscoveryEndpoint { get; init; }
    public string? ClientId { get; init; }
    public string? ClientSecret { get; init; }
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>? ClaimMap { get; init; }
}
