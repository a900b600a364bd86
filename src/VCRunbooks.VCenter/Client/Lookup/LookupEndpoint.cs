namespace VCRunbooks.VCenter.Client.Lookup;

/// <summary>One endpoint of a registered service; SslTrust holds base64 DER certificates the endpoint presents.</summary>
public sealed record LookupEndpoint
{
    public required Uri Url { get; init; }
    public required string Protocol { get; init; }
    public required string Type { get; init; }
    public IReadOnlyList<string> SslTrust { get; init; } = [];
    public IReadOnlyDictionary<string, string> Attributes { get; init; } = new Dictionary<string, string>();
}
