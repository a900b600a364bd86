using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace VCRunbooks.Engine.Definitions;

/// <summary>
/// The <c>map</c> value type: string keys to string values, in the order they were written. In a definition it is a
/// JSON object (<c>{"vmdir.password": "sso-secret"}</c>) or, as runbooks wrote it before the type existed, an array of
/// <c>"key=value"</c> strings. An expression or script may give a <c>string[]</c> of <c>"key=value"</c> entries
/// wherever a map is wanted. Keys are compared ordinally; a key given twice is an error.
/// </summary>
[JsonConverter(typeof(KeyValueMapJsonConverter))]
[CollectionBuilder(typeof(KeyValueMap), nameof(Create))]
[SuppressMessage("Naming", "CA1710:Identifiers should have correct suffix", Justification = "Named after the definition format's 'map' type; authors write KeyValueMap in scripts.")]
public sealed class KeyValueMap : IReadOnlyDictionary<string, string>
{
    private readonly KeyValuePair<string, string>[] _entries;
    private readonly Dictionary<string, string> _byKey;

    private KeyValueMap(KeyValuePair<string, string>[] entries, Dictionary<string, string> byKey)
    {
        _entries = entries;
        _byKey = byKey;
    }

    /// <summary>The map with no entries.</summary>
    public static KeyValueMap Empty { get; } = new([], new Dictionary<string, string>(StringComparer.Ordinal));

    /// <summary>The number of entries.</summary>
    public int Count => _entries.Length;

    /// <summary>The keys, in the order written.</summary>
    public IEnumerable<string> Keys => _entries.Select(e => e.Key);

    /// <summary>The values, in the order written.</summary>
    public IEnumerable<string> Values => _entries.Select(e => e.Value);

    /// <summary>The value of <paramref name="key"/>; throws <see cref="KeyNotFoundException"/> when there is none.</summary>
    public string this[string key] => _byKey.TryGetValue(key, out var value)
        ? value
        : throw new KeyNotFoundException($"The map has no key '{key}'; it has {(Count == 0 ? "none" : string.Join(", ", Keys))}.");

    /// <summary>A map of these entries, in this order. Throws <see cref="ArgumentException"/> naming an empty or repeated key.</summary>
    public static KeyValueMap Create(ReadOnlySpan<KeyValuePair<string, string>> entries)
    {
        var list = new KeyValuePair<string, string>[entries.Length];
        var byKey = new Dictionary<string, string>(entries.Length, StringComparer.Ordinal);
        for (var i = 0; i < entries.Length; i++)
        {
            var (key, value) = entries[i];
            if (Problem(key, value, byKey) is { } problem)
            {
                throw new ArgumentException($"entry {i}: {problem}", nameof(entries));
            }

            byKey[key] = value;
            list[i] = new(key, value);
        }

        return new(list, byKey);
    }

    /// <summary>
    /// Reads <c>"key=value"</c> entries, split at the first <c>=</c>, key and value trimmed. Throws
    /// <see cref="FormatException"/> naming the first entry that has no key or repeats one.
    /// </summary>
    public static KeyValueMap Parse(IEnumerable<string> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        return TryParse(entries, out var map, out var error) ? map : throw new FormatException(error);
    }

    /// <summary>Reads a map from its JSON forms (an object of strings, or an array of <c>"key=value"</c> strings), or says why not.</summary>
    public static bool TryFrom(JsonNode? node, [NotNullWhen(true)] out KeyValueMap? map, [NotNullWhen(false)] out string? error)
    {
        map = null;
        switch (node)
        {
            case JsonObject entries:
                var list = new List<KeyValuePair<string, string>>(entries.Count);
                var byKey = new Dictionary<string, string>(entries.Count, StringComparer.Ordinal);
                foreach (var (key, value) in entries)
                {
                    if (value is not JsonValue text || text.GetValueKind() != JsonValueKind.String)
                    {
                        error = $"the value of '{key}' must be a string, not {(value is null ? "null" : value.GetValueKind().ToString().ToLowerInvariant())}";
                        return false;
                    }

                    if (Problem(key, text.GetValue<string>(), byKey) is { } problem)
                    {
                        error = problem;
                        return false;
                    }

                    byKey[key] = text.GetValue<string>();
                    list.Add(new(key, byKey[key]));
                }

                map = new([.. list], byKey);
                error = null;
                return true;
            case JsonArray items:
                var lines = new List<string>(items.Count);
                for (var i = 0; i < items.Count; i++)
                {
                    if (items[i] is not JsonValue item || item.GetValueKind() != JsonValueKind.String)
                    {
                        error = $"item {i} must be a \"key=value\" string";
                        return false;
                    }

                    lines.Add(item.GetValue<string>());
                }

                return TryParse(lines, out map, out error);
            default:
                error = $"expected map (an object of strings, or \"key=value\" strings) but got {(node is null ? "null" : node.GetValueKind().ToString().ToLowerInvariant())}";
                return false;
        }
    }

    /// <summary>The entries as <c>"key=value"</c> strings, the form a <c>string[]</c> would have.</summary>
    public string[] ToEntries() => [.. _entries.Select(e => e.Key + "=" + e.Value)];

    /// <summary>The map as a JSON object, in order.</summary>
    public JsonObject ToJson()
    {
        var json = new JsonObject();
        foreach (var (key, value) in _entries)
        {
            json[key] = value;
        }

        return json;
    }

    /// <summary>Whether the map has <paramref name="key"/>.</summary>
    public bool ContainsKey(string key) => _byKey.ContainsKey(key);

    /// <summary>The value of <paramref name="key"/>, when there is one.</summary>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value) => _byKey.TryGetValue(key, out value);

    /// <summary>The entries in the order written.</summary>
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, string>>)_entries).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The entries as <c>key=value, key=value</c>.</summary>
    public override string ToString() => string.Join(", ", ToEntries());

    /// <summary>A <c>string[]</c> of <c>"key=value"</c> entries as a map (see <see cref="Parse"/>); null stays null.</summary>
    [return: NotNullIfNotNull(nameof(entries))]
    public static implicit operator KeyValueMap?(string[]? entries) => entries is null ? null : Parse(entries);

    /// <summary>A dictionary as a map; its enumeration order is the map's order.</summary>
    [return: NotNullIfNotNull(nameof(entries))]
    public static implicit operator KeyValueMap?(Dictionary<string, string>? entries) => entries is null ? null : Create([.. entries]);

    private static bool TryParse(IEnumerable<string> entries, [NotNullWhen(true)] out KeyValueMap? map, [NotNullWhen(false)] out string? error)
    {
        map = null;
        var list = new List<KeyValuePair<string, string>>();
        var byKey = new Dictionary<string, string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var entry in entries)
        {
            var eq = entry?.IndexOf('=', StringComparison.Ordinal) ?? -1;
            var key = eq < 0 ? string.Empty : entry![..eq].Trim();
            var value = eq < 0 ? string.Empty : entry![(eq + 1)..].Trim();
            if (key.Length == 0)
            {
                error = $"item {index} ('{entry}') is not \"key=value\"";
                return false;
            }

            if (byKey.ContainsKey(key))
            {
                error = $"item {index}: the key '{key}' is given twice";
                return false;
            }

            byKey[key] = value;
            list.Add(new(key, value));
            index++;
        }

        map = new([.. list], byKey);
        error = null;
        return true;
    }

    private static string? Problem(string? key, string? value, Dictionary<string, string> seen) =>
        string.IsNullOrWhiteSpace(key) ? "a key is empty"
        : value is null ? $"the value of '{key}' is null"
        : seen.ContainsKey(key) ? $"the key '{key}' is given twice"
        : null;
}

/// <summary>Reads a <see cref="KeyValueMap"/> from either JSON form and writes it as an object.</summary>
internal sealed class KeyValueMapJsonConverter : JsonConverter<KeyValueMap>
{
    public override KeyValueMap? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var node = JsonNode.Parse(ref reader);
        return KeyValueMap.TryFrom(node, out var map, out var error) ? map : throw new JsonException(error);
    }

    public override void Write(Utf8JsonWriter writer, KeyValueMap value, JsonSerializerOptions options) => value.ToJson().WriteTo(writer, options);
}
