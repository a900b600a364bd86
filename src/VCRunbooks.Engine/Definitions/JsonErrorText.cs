using System.Text.Json;
using System.Text.Json.Nodes;

namespace VCRunbooks.Engine.Definitions;

/// <summary>
/// System.Text.Json's errors in an operator's words: "$.apiPort: must be a number (line 1, column 35)" rather than
/// a .NET type name and a byte position; and the path of text JSON cannot turn into a string (a lone surrogate).
/// </summary>
public static class JsonErrorText
{
    private const string ConvertPrefix = "The JSON value could not be converted to ";

    /// <summary>The error's path (or <c>$</c>) and what was wrong there.</summary>
    public static (string Path, string Reason) Describe(JsonException exception)
    {
        var path = exception.Path ?? "$";
        var message = exception.Message;
        var at = exception.LineNumber is { } line ? $" (line {line + 1}, column {(exception.BytePositionInLine ?? 0) + 1})" : string.Empty;
        if (message.StartsWith(ConvertPrefix, StringComparison.Ordinal))
        {
            var typeName = message[ConvertPrefix.Length..];
            typeName = typeName[..Math.Max(0, typeName.IndexOf(". Path:", StringComparison.Ordinal) is var end and >= 0 ? end : typeName.Length)];
            return (path, "must be " + Expected(typeName) + at);
        }

        if (message.StartsWith("The JSON property '", StringComparison.Ordinal) && message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            var name = message["The JSON property '".Length..];
            return (path, $"unknown property '{name[..name.IndexOf('\'', StringComparison.Ordinal)]}'" + at);
        }

        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return (path, "is not valid JSON: " + (cut >= 0 ? message[..cut] : message).TrimEnd('.') + at);
    }

    /// <summary>
    /// For JSON that parses but holds a string .NET cannot read (an escaped lone surrogate): the path of that string,
    /// or null when there is none.
    /// </summary>
    public static string? FindUnreadableString(string json)
    {
        try
        {
            return FindUnreadableString(JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <inheritdoc cref="FindUnreadableString(string)"/>
    public static string? FindUnreadableString(JsonNode? root)
    {
        var pending = new Stack<JsonNode>();
        if (root is not null)
        {
            pending.Push(root);
        }

        while (pending.TryPop(out var node))
        {
            try
            {
                switch (node)
                {
                    case JsonObject o:
                        foreach (var (_, child) in o)
                        {
                            if (child is not null)
                            {
                                pending.Push(child);
                            }
                        }

                        break;
                    case JsonArray a:
                        foreach (var child in a)
                        {
                            if (child is not null)
                            {
                                pending.Push(child);
                            }
                        }

                        break;
                    case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                        _ = v.GetValue<string>();
                        break;
                }
            }
            catch (InvalidOperationException)
            {
                return node.GetPath();
            }
        }

        return null;
    }

    private static string Expected(string typeName)
    {
        if (typeName.StartsWith("System.Nullable`1[", StringComparison.Ordinal))
        {
            typeName = typeName["System.Nullable`1[".Length..].TrimEnd(']');
        }

        return typeName switch
        {
            "System.String" => "a string",
            "System.Int32" or "System.Int64" or "System.Double" or "System.Decimal" or "System.Int16" or "System.Byte" => "a number",
            "System.Boolean" => "true or false",
            "System.TimeSpan" => "a time span such as \"00:05:00\"",
            "System.DateTimeOffset" or "System.DateTime" => "a date and time such as \"2026-12-03T08:00:00Z\"",
            _ when typeName.Contains("List`1", StringComparison.Ordinal) || typeName.EndsWith("[]", StringComparison.Ordinal) => "an array",
            _ when typeName.Contains("Dictionary`2", StringComparison.Ordinal) || typeName.Contains("JsonObject", StringComparison.Ordinal) => "an object",
            _ when EnumValues(typeName) is { } values => "one of " + values,
            _ => "an object of the documented shape",
        };
    }

    private static string? EnumValues(string typeName)
    {
        var type = AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetType(typeName, throwOnError: false)).FirstOrDefault(t => t is not null);
        return type is { IsEnum: true } ? string.Join(", ", Enum.GetNames(type).Select(JsonNamingPolicy.CamelCase.ConvertName)) : null;
    }
}
