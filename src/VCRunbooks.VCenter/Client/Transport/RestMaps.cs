using System.Text.Json;
using VCRunbooks.VCenter.Json;

namespace VCRunbooks.VCenter.Client.Transport;

/// <summary>Maps come as JSON objects from /api and as <c>[{"key":..,"value":..}]</c> lists from /rest.</summary>
internal static class RestMaps
{
    public static IReadOnlyDictionary<string, T> ToDictionary<T>(JsonElement element)
    {
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    result[property.Name] = property.Value.Deserialize<T>(VCenterJson.Options)!;
                }
                break;
            case JsonValueKind.Array:
                foreach (var entry in element.EnumerateArray())
                {
                    result[entry.GetProperty("key").GetString()!] = entry.GetProperty("value").Deserialize<T>(VCenterJson.Options)!;
                }
                break;
        }
        return result;
    }
}
