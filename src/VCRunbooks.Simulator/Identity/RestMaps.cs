using System.Text.Json.Nodes;

namespace VCRunbooks.Simulator.Identity;

/// <summary>
/// The /rest form writes maps as lists of {key, value} entries (claim_map is a map of maps); /api writes JSON objects.
/// These convert a provider's maps between the two.
/// </summary>
internal static class RestMaps
{
    private static readonly string[] MapFields = ["claim_map", "auth_query_params"];

    /// <summary>Rewrites the map fields of an /api-shaped value, at any depth, into /rest key/value lists.</summary>
    public static JsonNode? ToRest(JsonNode? node)
    {
        Walk(node, field => field is JsonObject map ? Entries(map, nested: false) : field,
            field => field is JsonObject map ? Entries(map, nested: true) : field);
        return node;
    }

    /// <summary>Rewrites /rest key/value lists back into /api objects.</summary>
    public static JsonNode? FromRest(JsonNode? node)
    {
        Walk(node, field => field is JsonArray list ? Map(list, nested: false) : field,
            field => field is JsonArray list ? Map(list, nested: true) : field);
        return node;
    }

    private static void Walk(JsonNode? node, Func<JsonNode?, JsonNode?> convertParams, Func<JsonNode?, JsonNode?> convertClaims)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var name in obj.Select(p => p.Key).ToList())
                {
                    if (MapFields.Contains(name))
                    {
                        var value = obj[name];
                        obj.Remove(name);
                        obj[name] = name == "claim_map" ? convertClaims(value) : convertParams(value);
                    }
                    else
                    {
                        Walk(obj[name], convertParams, convertClaims);
                    }
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Walk(item, convertParams, convertClaims);
                }
                break;
        }
    }

    private static JsonArray Entries(JsonObject map, bool nested) =>
        [.. map.Select(p => (JsonNode)new JsonObject
        {
            ["key"] = p.Key,
            ["value"] = nested && p.Value is JsonObject inner ? Entries(inner, nested: false) : p.Value?.DeepClone(),
        })];

    private static JsonObject Map(JsonArray list, bool nested)
    {
        var map = new JsonObject();
        foreach (var entry in list.OfType<JsonObject>())
        {
            if (entry["key"]?.GetValue<string>() is { } key)
            {
                var value = entry["value"];
                map[key] = nested && value is JsonArray inner ? Map(inner, nested: false) : value?.DeepClone();
            }
        }
        return map;
    }
}
