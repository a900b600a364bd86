namespace VCRunbooks.Simulator.LookupService;

/// <summary>One service registration (LookupServiceRegistrationInfo) of one node.</summary>
internal sealed record LookupServiceRegistration
{
    public required string ServiceId { get; init; }
    public required string SiteId { get; init; }
    public required string NodeId { get; init; }
    public required string OwnerId { get; init; }
    public required string Product { get; init; }
    public required string Type { get; init; }
    public required string Version { get; init; }
    public required string NameKey { get; init; }
    public required IReadOnlyList<LookupServiceEndpointInfo> Endpoints { get; init; }
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();
}
