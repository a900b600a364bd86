namespace VCRunbooks.VCenter.Client.Lookup;

/// <summary>One service registration (LookupServiceRegistrationInfo) of one node.</summary>
public sealed record LookupRegistration
{
    public required string ServiceId { get; init; }
    public required string SiteId { get; init; }
    public string? NodeId { get; init; }
    public string? OwnerId { get; init; }
    public required string Product { get; init; }
    public required string ServiceType { get; init; }
    public string? ServiceVersion { get; init; }
    public IReadOnlyList<LookupEndpoint> Endpoints { get; init; } = [];
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();
}
