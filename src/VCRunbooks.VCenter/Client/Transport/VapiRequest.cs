namespace VCRunbooks.VCenter.Client.Transport;

/// <summary>One vAPI operation call, in both forms: the family code says what, the transport says how.</summary>
internal sealed record VapiRequest
{
    public required HttpMethod Method { get; init; }

    /// <summary>Path and query of the /api form, e.g. <c>/api/cis/tasks/{id}?action=cancel</c> (values already escaped).</summary>
    public required string Api { get; init; }

    /// <summary>Path and query of the /rest form; null when the operation has no /rest form.</summary>
    public string? Rest { get; init; }

    /// <summary>The /rest method when it differs (e.g. GET /api/session is POST /rest/...?~action=get).</summary>
    public HttpMethod? RestMethod { get; init; }

    public object? Body { get; init; }

    /// <summary>The /rest parameter name the body is wrapped in (<c>spec</c>, <c>piece</c>, ...); null sends it flat.</summary>
    public string? RestBodyName { get; init; }

    /// <summary>True where /rest answers the struct without the <c>{"value":..}</c> box (5480 deployment).</summary>
    public bool RestUnwrapped { get; init; }

    public RetryMode Retry { get; init; } = RetryMode.Unsafe;

    /// <summary>Sent without credentials (session login supplies its own).</summary>
    public bool Anonymous { get; init; }

    /// <summary>Extra headers for this call (login's basic auth).</summary>
    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    public static VapiRequest Get(string api, string? rest) => new() { Method = HttpMethod.Get, Api = api, Rest = rest, Retry = RetryMode.Safe };
}
