namespace VCRunbooks.VCenter.Client.Lookup;

/// <summary>One endpoint of a registered service; SslTrust holds base64 DER certificates the endpoint presents.</summary>
public sealed record LookupEndpoint
{
    /// <summary>Where the endpoint listens.</summary>
    public required Uri Url { get; init; }
    /// <summary>Endpoint protocol, e.g. <c>vapi.json.https.public</c>, <c>vmomi</c> or <c>wsTrust</c>.</summary>
    public required string Protocol { get; init; }
    /// <summary>Endpoint type, e.g. <c>com.vmware.vapi.endpoint</c>.</summary>
    public required string Type { get; init; }
    /// <summary>Certificates the endpoint presents, base64-encoded DER; empty when none are registered.</summary>
    public IReadOnlyList<string> SslTrust { get; init; } = [];
    /// <summary>Endpoint attributes by key, e.g. <c>cis.common.ep.localurl</c>.</summary>
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();
}
