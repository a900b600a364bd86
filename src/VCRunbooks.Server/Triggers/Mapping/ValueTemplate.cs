using System.Text;
using System.Text.Json.Nodes;

namespace VCRunbooks.Server.Triggers.Mapping;

/// <summary>
/// A mapped value: a path (<c>$.labels.instance</c>, keeping the JSON type), a template (<c>sftp://backup/{{ $.labels.instance }}</c>,
/// always text) or a literal.
/// </summary>
internal sealed class ValueTemplate
{
    private readonly JsonNode? _literal;
    private readonly PayloadPath? _path;
    private readonly IReadOnlyList<object>? _parts;

    private ValueTemplate(JsonNode? literal, PayloadPath? path, IReadOnlyList<object>? parts)
    {
        _literal = literal;
        _path = path;
        _parts = parts;
    }

    public static (ValueTemplate? Template, string? Error) Parse(JsonNode? value)
    {
        if (value is not JsonValue v || !v.TryGetValue<string>(out var text))
        {
            return (new ValueTemplate(value?.DeepClone(), null, null), null);
        }
        if (text.StartsWith('$'))
        {
            var (path, error) = PayloadPath.Parse(text);
            return error is null ? (new ValueTemplate(null, path, null), null) : (null, error);
        }
        if (!text.Contains("{{", StringComparison.Ordinal))
        {
            return (new ValueTemplate(JsonValue.Create(text), null, null), null);
        }
        var parts = new List<object>();
        var at = 0;
        while (at < text.Length)
        {
            var open = text.IndexOf("{{", at, StringComparison.Ordinal);
            if (open < 0)
            {
                parts.Add(text[at..]);
                break;
            }
            var close = text.IndexOf("}}", open, StringComparison.Ordinal);
            if (close < 0)
            {
                return (null, $"'{text}' opens {{{{ at character {open + 1} and never closes it");
            }
            parts.Add(text[at..open]);
            var (path, error) = PayloadPath.Parse(text[(open + 2)..close].Trim());
            if (error is not null)
            {
                return (null, error);
            }
            parts.Add(path!);
            at = close + 2;
        }
        return (new ValueTemplate(null, null, parts), null);
    }

    /// <summary>The value for this payload; <paramref name="missing"/> names the first path that found nothing.</summary>
    public JsonNode? Render(PayloadScope scope, out string? missing)
    {
        missing = null;
        if (_path is not null)
        {
            var found = _path.Select(scope);
            missing = found is null ? _path.Text : null;
            return found?.DeepClone();
        }
        if (_parts is null)
        {
            return _literal?.DeepClone();
        }
        var text = new StringBuilder();
        foreach (var part in _parts)
        {
            if (part is PayloadPath path)
            {
                var value = PayloadPath.AsText(path.Select(scope));
                if (value is null)
                {
                    missing ??= path.Text;
                }
                text.Append(value);
            }
            else
            {
                text.Append((string)part);
            }
        }
        return JsonValue.Create(text.ToString());
    }
}
