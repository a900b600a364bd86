namespace VCRunbooks.Simulator.LookupService;

/// <summary>One endpoint of a registered service (LookupServiceRegistrationEndpoint); SslTrust is the base64 DER certificate.</summary>
internal sealed record LookupServiceEndpointInfo(string Url, string Protocol, string Type, string? SslTrust, IReadOnlyDictionary<string, string> Attributes);
