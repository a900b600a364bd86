using System.Text;
using System.Text.Json;

namespace VCRunbooks.Server.RunbookFiles.Json;

/// <summary>
/// Where each member and element of a JSON text starts (1-based line and column), looked up by the JSON paths the
/// validator and System.Text.Json report ("$.activities[2].inputs.Duration", "$['odd key']"). A path the text does not
/// hold (a missing member) resolves to its nearest ancestor that it does.
/// </summary>
internal sealed class JsonPositions
{
    private const char Separator = '\u0001';

    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private readonly Dictionary<string, (int Line, int Column)> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Line, int Column)> _ignoringCase = new(StringComparer.OrdinalIgnoreCase);

    private JsonPositions()
    {
    }

    /// <summary>The positions of everything up to the first syntax error (the rest of a malformed text has none).</summary>
    public static JsonPositions Of(string text)
    {
        var positions = new JsonPositions();
        var bytes = Encoding.UTF8.GetBytes(text);
        var lines = new LineMap(bytes);
        var reader = new Utf8JsonReader(bytes, ReaderOptions);
        // One frame per open container: its key, and the next element's index (arrays) or the last member name (objects).
        var frames = new Stack<(string Key, bool IsArray, int Index, string? Member)>();
        try
        {
            while (reader.Read())
            {
                var at = lines.Position(checked((int)reader.TokenStartIndex));
                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        var (key, isArray, index, _) = frames.Pop();
                        var name = reader.GetString() ?? string.Empty;
                        frames.Push((key, isArray, index, name));
                        positions.Add(key + Separator + name, at);
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        frames.Pop();
                        continue;
                }

                var valueKey = ValueKey(frames, positions, at);
                if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    frames.Push((valueKey, reader.TokenType == JsonTokenType.StartArray, 0, null));
                }
            }
        }
        catch (JsonException)
        {
            // The syntax error itself is reported from the parser; what was read before it still maps.
        }

        return positions;
    }

    /// <summary>The position of <paramref name="path"/>, or of its nearest ancestor in the text; (1, 1) when none is.</summary>
    public (int Line, int Column) Find(string path)
    {
        var segments = Segments(path);
        for (var count = segments.Count; count >= 0; count--)
        {
            var key = string.Join(Separator, segments.Take(count).Prepend("$"));
            if (_exact.TryGetValue(key, out var at) || _ignoringCase.TryGetValue(key, out at))
            {
                return at;
            }
        }

        return (1, 1);
    }

    /// <summary>Where the value at <paramref name="path"/> starts (a string at its opening quote), when the text holds one there.</summary>
    public (int Line, int Column)? FindValue(string path) =>
        _exact.TryGetValue(string.Join(Separator, Segments(path).Prepend("$")) + Separator + "=", out var at) ? at : null;

    private static string ValueKey(Stack<(string Key, bool IsArray, int Index, string? Member)> frames, JsonPositions positions, (int, int) at)
    {
        if (frames.Count == 0)
        {
            positions.Add("$", at);
            return "$";
        }

        var (parent, isArray, index, member) = frames.Pop();
        string key;
        if (isArray)
        {
            key = parent + Separator + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
            positions.Add(key, at);
            frames.Push((parent, true, index + 1, null));
        }
        else
        {
            key = parent + Separator + member;
            frames.Push((parent, false, index, member));
        }

        positions.Add(key + Separator + "=", at);
        return key;
    }

    private void Add(string key, (int Line, int Column) at)
    {
        _exact.TryAdd(key, at);
        _ignoringCase.TryAdd(key, at);
    }

    /// <summary>"$.a[2]['b c'].d" as a, 2, b c, d.</summary>
    internal static List<string> Segments(string path)
    {
        var segments = new List<string>();
        var i = path.StartsWith('$') ? 1 : 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = path.IndexOfAny(['.', '['], i + 1);
                end = end < 0 ? path.Length : end;
                segments.Add(path[(i + 1)..end]);
                i = end;
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '\'')
            {
                var end = path.IndexOf("']", i + 2, StringComparison.Ordinal);
                end = end < 0 ? path.Length : end;
                segments.Add(path[(i + 2)..end]);
                i = Math.Min(path.Length, end + 2);
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i + 1);
                end = end < 0 ? path.Length : end;
                segments.Add(path[(i + 1)..end]);
                i = Math.Min(path.Length, end + 1);
            }
            else
            {
                // Text after the path (a reason glued to it) ends it.
                break;
            }
        }

        return segments;
    }

    /// <summary>Byte offsets to 1-based line and character column.</summary>
    private sealed class LineMap(byte[] bytes)
    {
        private readonly List<int> _starts = Starts(bytes);

        public (int Line, int Column) Position(int offset)
        {
            var line = _starts.BinarySearch(offset);
            line = line >= 0 ? line : ~line - 1;
            return (line + 1, Encoding.UTF8.GetCharCount(bytes, _starts[line], offset - _starts[line]) + 1);
        }

        private static List<int> Starts(byte[] bytes)
        {
            var starts = new List<int> { 0 };
            for (var i = 0; i < bytes.Length; i++)
            {
                if (bytes[i] == (byte)'\n')
                {
                    starts.Add(i + 1);
                }
            }

            return starts;
        }
    }
}
