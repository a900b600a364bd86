using System.Text.Json.Nodes;

namespace VCRunbooks.Server.Triggers.Mapping;

/// <summary>
/// A JSON path of the simple kind webhook mappings need: a root (<c>$</c>, <c>$event</c>, <c>$headers</c>), then
/// <c>.name</c>, <c>['any name']</c> and <c>[index]</c> steps. No wildcards or filters: a batch path does that job.
/// </summary>
internal sealed class PayloadPath
{
    private readonly IReadOnlyList<object> _steps;

    private PayloadPath(string text, PathRoot root, IReadOnlyList<object> steps)
    {
        Text = text;
        Root = root;
        _steps = steps;
    }

    public string Text { get; }

    public PathRoot Root { get; }

    /// <summary>The path, or an error saying where in it the syntax breaks.</summary>
    public static (PayloadPath? Path, string? Error) Parse(string text)
    {
        var (root, at) = text switch
        {
            _ when text.StartsWith("$headers", StringComparison.Ordinal) => (PathRoot.Headers, 8),
            _ when text.StartsWith("$event", StringComparison.Ordinal) => (PathRoot.Event, 6),
            _ when text.StartsWith('$') => (PathRoot.Item, 1),
            _ => (PathRoot.Item, -1),
        };
        if (at < 0)
        {
            return (null, $"'{text}' is not a path: paths start with $, $event or $headers");
        }
        var steps = new List<object>();
        while (at < text.Length)
        {
            if (text[at] == '.')
            {
                var end = at + 1;
                while (end < text.Length && text[end] != '.' && text[end] != '[')
                {
                    end++;
                }
                if (end == at + 1)
                {
                    return (null, $"'{text}' has an empty name at character {at + 2}");
                }
                steps.Add(text[(at + 1)..end]);
                at = end;
            }
            else if (text[at] == '[')
            {
                var close = text.IndexOf(']', at);
                if (close < 0)
                {
                    return (null, $"'{text}' has a [ without ] at character {at + 1}");
                }
                var inner = text[(at + 1)..close];
                if (inner.Length >= 2 && inner[0] is '\'' or '"' && inner[^1] == inner[0])
                {
                    steps.Add(inner[1..^1]);
                }
                else if (int.TryParse(inner, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index))
                {
                    steps.Add(index);
                }
                else
                {
                    return (null, $"'{text}' has [{inner}]: use [number] or ['name']");
                }
                at = close + 1;
            }
            else
            {
                return (null, $"'{text}' has '{text[at]}' at character {at + 1} where . or [ was expected");
            }
        }
        if (root == PathRoot.Headers && steps.Count != 1)
        {
            return (null, $"'{text}' must name one header: $headers.name or $headers['name']");
        }
        return (new PayloadPath(text, root, steps), null);
    }

    /// <summary>The value at the path, or null when any step finds nothing.</summary>
    public JsonNode? Select(PayloadScope scope)
    {
        if (Root == PathRoot.Headers)
        {
            return scope.Header((string)_steps[0]) is { } value ? JsonValue.Create(value) : null;
        }
        var node = Root == PathRoot.Event ? scope.Event : scope.Item;
        foreach (var step in _steps)
        {
            node = (step, node) switch
            {
                (string name, JsonObject o) => o[name],
                (int index, JsonArray a) when index < a.Count => a[index],
                _ => null,
            };
            if (node is null)
            {
                return null;
            }
        }
        return node;
    }

    /// <summary>The value as text for a template or a key: strings as they are, other JSON as JSON.</summary>
    public static string? AsText(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => node.ToJsonString(),
    };

    public override string ToString() => Text;
}
