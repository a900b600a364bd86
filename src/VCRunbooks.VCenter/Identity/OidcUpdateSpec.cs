namespace VCRunbooks.VCenter.Identity;

/// <summary>vcenter.identity.Providers.OidcUpdateSpec: unset fields stay.</summary>
public sealed record OidcUpdateSpec
{
    /// <summary>New discovery endpoint; null keeps it.</summary>
    public string? DiscoveryEndpoint { get; init; }
    /// <summary>New client id; null keeps it.</summary>
    public string? ClientId { get; init; }
    /// <summary>New client secret; null keeps it. Never logged.</summary>
    public string? ClientSecret { get; init; }
    /// <summary>New claim map, replacing the old one; null keeps it.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, IReadOnlyList<string>>>? ClaimMap { get; init; }
}
