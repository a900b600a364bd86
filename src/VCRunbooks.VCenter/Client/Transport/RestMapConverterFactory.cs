using System.Text.Json;
using System.Text.Json.Serialization;

namespace VCRunbooks.VCenter.Client.Transport;

/// <summary>
/// Reads string-keyed maps in either form: a JSON object (/api) or a <c>[{"key":..,"value":..}]</c> list (/rest).
/// Writes them as objects.
/// </summary>
internal sealed class RestMapConverterFactory : JsonConverterFactory
{
    public override bool CanConvert(Type typeToConvert) =>
        typeToConvert.IsGenericType
        && (typeToConvert.GetGenericTypeDefinition() == typeof(IReadOnlyDictionary<,>) || typeToConvert.GetGenericTypeDefinition() == typeof(Dictionary<,>))
        && typeToConvert.GetGenericArguments()[0] == typeof(string);

    public override JsonConverter CreateConverter(Type typeToConvert, JsonSerializerOptions options) =>
        (JsonConverter)Activator.CreateInstance(typeof(MapConverter<>).MakeGenericType(typeToConvert.GetGenericArguments()[1]))!;

    private sealed class MapConverter<TValue> : JsonConverter<Dictionary<string, TValue>>
    {
        public override bool CanConvert(Type typeToConvert) =>
            typeToConvert == typeof(Dictionary<string, TValue>) || typeToConvert == typeof(IReadOnlyDictionary<string, TValue>);

        public override Dictionary<string, TValue>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            using var document = JsonDocument.ParseValue(ref reader);
            var result = new Dictionary<string, TValue>(StringComparer.Ordinal);
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in root.EnumerateObject())
                {
                    result[property.Name] = property.Value.Deserialize<TValue>(options)!;
                }
            }
            else if (root.ValueKind == JsonValueKind.Array)
            {
                foreach (var entry in root.EnumerateArray())
                {
                    result[entry.GetProperty("key").GetString()!] = entry.GetProperty("value").Deserialize<TValue>(options)!;
                }
            }
            else if (root.ValueKind != JsonValueKind.Null)
            {
                throw new JsonException($"Expected a map (object or key/value list), got {root.ValueKind}.");
            }
            return result;
        }

        public override void Write(Utf8JsonWriter writer, Dictionary<string, TValue> value, JsonSerializerOptions options)
        {
            writer.WriteStartObject();
            foreach (var (key, item) in value)
            {
                writer.WritePropertyName(key);
                JsonSerializer.Serialize(writer, item, options);
            }
            writer.WriteEndObject();
        }
    }
}
