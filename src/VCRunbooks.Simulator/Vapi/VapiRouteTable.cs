using Microsoft.AspNetCore.Routing;

namespace VCRunbooks.Simulator.Vapi;

/// <summary>All operations of the simulator, with both their /api and /rest forms.</summary>
internal sealed class VapiRouteTable
{
    private readonly List<VapiRoute> _routes = [];
    private readonly List<VapiOperation> _operations = [];

    public IReadOnlyList<VapiOperation> Operations => _operations;

    public VapiRouteTable Add(VapiOperation operation)
    {
        _operations.Add(operation);
        _routes.Add(VapiRoute.Parse(operation, operation.Method, operation.Api, isRest: false));
        if (operation.Rest is { } rest)
        {
            _routes.Add(VapiRoute.Parse(operation, operation.RestMethod ?? operation.Method, rest, isRest: true));
        }
        _routes.Sort((a, b) => b.Path.Precedence.CompareTo(a.Path.Precedence));
        return this;
    }

    public VapiRouteTable Get(string api, string? rest, Access access, Func<VapiContext, VapiResult> handler, Side side = Side.Sso) =>
        Add(new VapiOperation { Method = "GET", Api = api, Rest = rest, Access = access, Side = side, Handler = handler });

    internal RouteLookup Find(string method, string path, string? action, bool isTask)
    {
        var segments = PathTemplate.Split(path);
        var isRest = path.StartsWith("/rest/", StringComparison.Ordinal);
        var pathMatched = false;
        foreach (var route in _routes)
        {
            if (route.IsRest != isRest || !route.Path.TryMatch(segments, out var values))
            {
                continue;
            }
            pathMatched = true;
            if (string.Equals(route.Method, method, StringComparison.OrdinalIgnoreCase)
                && string.Equals(route.Action, action, StringComparison.Ordinal)
                && route.IsTask == isTask)
            {
                return new RouteLookup(route, values, PathMatched: true);
            }
        }
        return new RouteLookup(null, [], pathMatched);
    }
}

internal sealed record RouteLookup(VapiRoute? Route, RouteValueDictionary Values, bool PathMatched);
