namespace VCRunbooks.VCenter.Client.Lookup;

/// <summary>A LookupServiceRegistrationFilter: null or empty fields match anything; an endpoint criterion also trims endpoints.</summary>
public sealed record LookupFilter
{
    /// <summary>SSO site to match; null matches any.</summary>
    public string? SiteId { get; init; }
    /// <summary>Node to match; null matches any.</summary>
    public string? NodeId { get; init; }
    /// <summary>Service product to match, e.g. <c>com.vmware.cis</c>; null matches any.</summary>
    public string? Product { get; init; }
    /// <summary>Service type to match, e.g. <c>cs.vapi</c> or <c>vcenterserver</c>; null matches any.</summary>
    public string? ServiceType { get; init; }
    /// <summary>Endpoint protocol to match, e.g. <c>vapi.json.https.public</c>; null matches any.</summary>
    public string? EndpointProtocol { get; init; }
    /// <summary>Endpoint type to match, e.g. <c>com.vmware.vapi.endpoint</c>; null matches any.</summary>
    public string? EndpointType { get; init; }

    /// <summary>The vAPI endpoint (the REST API) of a node, as the guide's chapter 2 filters for it.</summary>
    public static LookupFilter VapiEndpoint(string? nodeId = null) => new()
    {
        NodeId = nodeId, Product = "com.vmware.cis", ServiceType = "cs.vapi",
        EndpointProtocol = "vapi.json.https.public", EndpointType = "com.vmware.vapi.endpoint",
    };

    /// <summary>vCenter Server (vpxd) registrations, which carry each node's instance name.</summary>
    public static LookupFilter VCenterServers() => new()
    {
        Product = "com.vmware.cis", ServiceType = "vcenterserver", EndpointProtocol = "vmomi", EndpointType = "com.vmware.vim",
    };

    /// <summary>The SSO security token service (where SAML tokens are issued).</summary>
    public static LookupFilter SsoSts() => new()
    {
        Product = "com.vmware.cis", ServiceType = "cs.identity", EndpointProtocol = "wsTrust", EndpointType = "com.vmware.cis.cs.identity.sso",
    };
}
