using System.Text.Json;
using System.Text.Json.Serialization;

namespace VCRunbooks.VCenter.Json;

/// <summary>
/// The <c>error</c> of a task-shaped structure (deployment, history import, appliance tasks and subtasks), which the
/// Swagger types as a string: read as that string, or, as real servers send it (a std error object), as its messages'
/// default texts joined with "; " (its error type when it has no messages). Written as a string, as the spec says.
/// </summary>
public sealed class TaskErrorTextConverter : JsonConverter<string>
{
    /// <inheritdoc/>
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.StartObject:
                using (var document = JsonDocument.ParseValue(ref reader))
                {
                    return TextOf(document.RootElement);
                }
            default:
                throw new JsonException($"A task's error is a string or an error object, not {reader.TokenType}.");
        }
    }

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    private static string TextOf(JsonElement error)
    {
        var texts = error.TryGetProperty("messages", out var messages) && messages.ValueKind == JsonValueKind.Array
            ? messages.EnumerateArray()
                .Select(m => m.ValueKind == JsonValueKind.Object && m.TryGetProperty("default_message", out var text) && text.ValueKind == JsonValueKind.String ? text.GetString() : null)
                .Where(t => !string.IsNullOrWhiteSpace(t))
                .ToList()
            : [];
        if (texts.Count > 0)
        {
            return string.Join("; ", texts);
        }

        return error.TryGetProperty("error_type", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString()! : "ERROR";
    }
}
