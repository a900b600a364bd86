using System.Text.Json;
using System.Text.Json.Nodes;
using VCRunbooks.VCenter.Json;

namespace VCRunbooks.Simulator.RestForms;

/// <summary>
/// The /rest form sends maps as lists of {"key": k, "value": v} (e.g. subtasks, the services list): this turns the
/// maps at the given property paths of a result into such lists.
/// </summary>
internal static class RestMaps
{
    /// <summary>The value as JSON with the maps at <paramref name="paths"/> (dotted; "" for the value itself) turned into pairs.</summary>
    public static JsonNode? AsPairs(object? value, params string[] paths)
    {
        var node = value is null ? null : JsonSerializer.SerializeToNode(value, value.GetType(), VCenterJson.Options);
        foreach (var path in paths)
        {
            node = Convert(node, path.Length == 0 ? [] : path.Split('.'));
        }
        return node;
    }

    private static JsonNode? Convert(JsonNode? node, ReadOnlySpan<string> path)
    {
        if (node is not JsonObject obj)
        {
            return node;
        }
        if (path.IsEmpty)
        {
            var pairs = new JsonArray();
            foreach (var (key, item) in obj.ToList())
            {
                obj.Remove(key);
                pairs.Add(new JsonObject { ["key"] = key, ["value"] = item });
            }
            return pairs;
        }
        if (obj[path[0]] is { } child)
        {
            var converted = Convert(child, path[1..]);
            if (!ReferenceEquals(converted, child))
            {
                obj[path[0]] = converted;
            }
        }
        return obj;
    }
}
