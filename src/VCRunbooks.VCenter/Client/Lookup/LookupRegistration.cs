namespace VCRunbooks.VCenter.Client.Lookup;

/// <summary>One service registration (LookupServiceRegistrationInfo) of one node.</summary>
public sealed record LookupRegistration
{
    /// <summary>Id of the registration.</summary>
    public required string ServiceId { get; init; }
    /// <summary>SSO site of the node.</summary>
    public required string SiteId { get; init; }
    /// <summary>Node the service runs on; null when not given.</summary>
    public string? NodeId { get; init; }
    /// <summary>Account that registered the service; null when not given.</summary>
    public string? OwnerId { get; init; }
    /// <summary>Service product, e.g. <c>com.vmware.cis</c>.</summary>
    public required string Product { get; init; }
    /// <summary>Service type, e.g. <c>cs.vapi</c>.</summary>
    public required string ServiceType { get; init; }
    /// <summary>Version of the service; null when not given.</summary>
    public string? ServiceVersion { get; init; }
    /// <summary>The service's endpoints (only the matching ones when the filter named an endpoint).</summary>
    public IReadOnlyList<LookupEndpoint> Endpoints { get; init; } = [];
    /// <summary>Service attributes by key, e.g. <c>com.vmware.vim.vcenter.instanceName</c>.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();
}
