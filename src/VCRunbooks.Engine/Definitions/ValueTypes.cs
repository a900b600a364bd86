using System.Text.Json;
using System.Text.Json.Nodes;

namespace VCRunbooks.Engine.Definitions;

/// <summary>The value types a definition may name for inputs and variables, and their CLR types.</summary>
internal static class ValueTypes
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
        ["map"] = typeof(KeyValueMap),
        ["array"] = typeof(JsonArray),
        ["object"] = typeof(JsonNode),
    };

    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public static bool TryGetClrType(string name, out Type type) => ByName.TryGetValue(name, out type!);

    /// <summary>The definition-format name of a CLR type, "object" when it has none. An enum is a string of its names.</summary>
    public static string NameOf(Type type)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (EnumOf(underlying) is not null)
        {
            return underlying.IsArray ? "string[]" : "string";
        }

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

        if (type == typeof(KeyValueMap))
        {
            var ok = KeyValueMap.TryFrom(node, out var map, out error);
            value = map;
            return ok;
        }

        var kind = node.GetValueKind();
        var target = Nullable.GetUnderlyingType(type) ?? type;
        if (EnumOf(target) is { } choices)
        {
            return TryConvertEnum(node, target, choices, out value, out error);
        }

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

    /// <summary>
    /// The enum an input of this CLR type takes its value from (for an enum or an array of one), else null. In a
    /// definition such an input is a string (or string[]) that must be one of the enum's names, in any case.
    /// </summary>
    public static Type? EnumOf(Type type)
    {
        var element = type.IsArray ? type.GetElementType()! : type;
        element = Nullable.GetUnderlyingType(element) ?? element;
        return element.IsEnum ? element : null;
    }

    /// <summary>The type an expression for an input of this CLR type must produce: an enum input takes its name as a string.</summary>
    public static Type ExpressionTypeOf(Type type) =>
        EnumOf(Nullable.GetUnderlyingType(type) ?? type) is null ? type : type.IsArray ? typeof(string[]) : typeof(string);

    private static bool TryConvertEnum(JsonNode node, Type target, Type enumType, out object? value, out string? error)
    {
        value = null;
        error = null;
        var names = Enum.GetNames(enumType);
        if (!target.IsArray)
        {
            return TryParseName(node, enumType, names, out value, out error);
        }

        if (node is not JsonArray items)
        {
            error = $"expected string[] (each one of {string.Join(", ", names)}) but got {node.GetValueKind().ToString().ToLowerInvariant()}";
            return false;
        }

        var array = Array.CreateInstance(enumType, items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is null || !TryParseName(items[i]!, enumType, names, out var item, out error))
            {
                error = $"item {i}: {error ?? "null is not allowed"}";
                return false;
            }

            array.SetValue(item, i);
        }

        value = array;
        return true;
    }

    private static bool TryParseName(JsonNode node, Type enumType, string[] names, out object? value, out string? error)
    {
        value = null;
        error = null;
        var text = node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : null;
        var match = text is null ? null : names.FirstOrDefault(n => string.Equals(n, text.Trim(), StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            error = $"{(text is null ? node.ToJsonString() : $"'{text}'")} is not one of {string.Join(", ", names)}";
            return false;
        }

        value = Enum.Parse(enumType, match);
        return true;
    }

    /// <summary>Turns a CLR value into JSON for state, outputs and variables.</summary>
    public static JsonNode? ToNode(object? value) => value switch
    {
        null => null,
        JsonNode n => n.DeepClone(),
        KeyValueMap map => map.ToJson(),
        Enum e => JsonValue.Create(e.ToString()),
        _ => JsonSerializer.SerializeToNode(value, value.GetType(), RunbookJson.Options),
    };
}
