using System.Text.Json;
using System.Text.Json.Nodes;

namespace VCRunbooks.Engine.Definitions;

/// <summary>The value types a definition may name for inputs and variables, and their CLR types.</summary>
public static class ValueTypes
{
    private static readonly Dictionary<string, Type> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["string"] = typeof(string),
        ["int"] = typeof(int),
        ["long"] = typeof(long),
        ["double"] = typeof(double),
        ["bool"] = typeof(bool),
        ["timespan"] = typeof(TimeSpan),
        ["datetime"] = typeof(DateTimeOffset),
        ["string[]"] = typeof(string[]),
        ["int[]"] = typeof(int[]),
        ["array"] = typeof(JsonArray),
        ["object"] = typeof(JsonNode),
    };

    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public static bool TryGetClrType(string name, out Type type) => ByName.TryGetValue(name, out type!);

    /// <summary>The definition-format name of a CLR type, "object" when it has none.</summary>
    public static string NameOf(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        foreach (var (name, clr) in ByName)
        {
            if (clr == underlying)
            {
                return name;
            }
        }

        // JsonObject, JsonNode, object and any other shape travel as JSON.
        return "object";
    }

    /// <summary>Converts a JSON value to the CLR type, or explains why it cannot.</summary>
    public static bool TryConvert(JsonNode? node, Type type, out object? value, out string? error)
    {
        value = null;
        error = null;
        if (node is null)
        {
            var nullable = !type.IsValueType || Nullable.GetUnderlyingType(type) is not null;
            if (!nullable)
            {
                error = $"null is not a valid {NameOf(type)}";
            }

            return nullable;
        }

        if (typeof(JsonNode).IsAssignableFrom(type))
        {
            if (type.IsInstanceOfType(node))
            {
                value = node.DeepClone();
                return true;
            }

            error = $"expected {NameOf(type)} but got {node.GetValueKind().ToString().ToLowerInvariant()}";
            return false;
        }

        var kind = node.GetValueKind();
        var target = Nullable.GetUnderlyingType(type) ?? type;
        var kindOk = target == typeof(string) || target == typeof(TimeSpan) || target == typeof(DateTimeOffset)
            ? kind == JsonValueKind.String
            : target == typeof(bool)
                ? kind is JsonValueKind.True or JsonValueKind.False
                : target.IsArray ? kind == JsonValueKind.Array
                : target.IsPrimitive || target == typeof(decimal) ? kind == JsonValueKind.Number : true;
        if (!kindOk)
        {
            error = $"expected {NameOf(type)} but got {kind.ToString().ToLowerInvariant()}";
            return false;
        }

        try
        {
            value = node.Deserialize(type, RunbookJson.Options);
            return true;
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            error = $"expected {NameOf(type)}: {ex.Message}";
            return false;
        }
    }

    /// <summary>Turns a CLR value into JSON for state, outputs and variables.</summary>
    public static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        JsonNode n => n.DeepClone(),
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), RunbookJson.Options),
    };
}
