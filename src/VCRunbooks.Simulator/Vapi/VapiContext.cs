using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Auth;
using VCRunbooks.VCenter.Json;

namespace VCRunbooks.Simulator.Vapi;

/// <summary>What an operation handler sees of its request: the appliance, the time, route, query and body.</summary>
internal sealed class VapiContext
{
    private readonly ReadOnlyMemory<byte> _body;
    private readonly RouteValueDictionary _route;

    internal VapiContext(HttpContext http, Appliance appliance, VapiOperation operation, bool isRest,
        RouteValueDictionary route, ReadOnlyMemory<byte> body, Principal? user)
    {
        Http = http;
        Appliance = appliance;
        Operation = operation;
        IsRest = isRest;
        _route = route;
        _body = body;
        User = user;
        Now = appliance.Clock.GetUtcNow();
    }

    public HttpContext Http { get; }
    public Appliance Appliance { get; }
    public VapiOperation Operation { get; }
    /// <summary>True for the deprecated /rest form.</summary>
    public bool IsRest { get; }
    /// <summary>The authenticated caller; null for anonymous operations.</summary>
    public Principal? User { get; }
    /// <summary>Simulated time at which the request arrived.</summary>
    public DateTimeOffset Now { get; }

    public bool HasBody => !_body.IsEmpty;

    public string Route(string name) =>
        _route.TryGetValue(name, out var value) && value is string s ? Uri.UnescapeDataString(s) : throw new InvalidOperationException($"No route value '{name}'.");

    public string? Query(string name)
    {
        var value = Http.Request.Query[name];
        return value.Count == 0 ? null : value[0];
    }

    public IReadOnlyList<string> QueryAll(string name) =>
        Http.Request.Query[name].Where(v => v is not null).Select(v => v!).ToList();

    /// <summary>A query parameter that must be one of an enum's wire names.</summary>
    public T? QueryEnum<T>(string name) where T : struct, Enum
    {
        var raw = Query(name);
        if (raw is null)
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<T>(JsonSerializer.Serialize(raw), VCenterJson.Options);
        }
        catch (JsonException)
        {
            throw VapiException.InvalidArgument(name, $"'{raw}' is not a valid value.");
        }
    }

    /// <summary>
    /// The request body as <typeparamref name="T"/>. In the /rest form the body is first unwrapped from
    /// its parameter name. Malformed JSON, a missing field or an unknown enum value answer 400 INVALID_ARGUMENT
    /// naming the field.
    /// </summary>
    public T Body<T>()
    {
        var element = BodyElement(required: true)!.Value;
        return RequestBody.Deserialize<T>(element);
    }

    /// <summary>The body as <typeparamref name="T"/>, or null when the request has none.</summary>
    public T? OptionalBody<T>() where T : class
    {
        var element = BodyElement(required: false);
        return element is null ? null : RequestBody.Deserialize<T>(element.Value);
    }

    private JsonElement? BodyElement(bool required)
    {
        if (_body.IsEmpty)
        {
            return required ? throw VapiException.InvalidArgument("request_body", "a request body is required.") : null;
        }
        var root = RequestBody.Parse(_body);
        if (IsRest && Operation.RestBody is { } wrapper)
        {
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty(wrapper, out var inner))
            {
                return required ? throw VapiException.InvalidArgument(wrapper, $"the /rest form wraps the body in '{wrapper}'.") : null;
            }
            return inner;
        }
        return root;
    }
}
