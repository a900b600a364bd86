using System.Text;
using System.Text.RegularExpressions;

namespace VCRunbooks.Server.Triggers.Chat.Aliases;

/// <summary>
/// One alias format compiled to a regular expression: literal words, <c>{input}</c> and <c>{input=default}</c>
/// parameters, <c>[ ... ]</c> optional parts, then any <c>key=value</c> extras. Values are one word or "quoted".
/// </summary>
internal sealed class AliasFormat
{
    private const string Value = "\"[^\"]*\"|[^\\s\"]+";
    private const string Extra = "[A-Za-z_][A-Za-z0-9_.-]*=(?:\"[^\"]*\"|[^\\s\"]*)";
    private static readonly TimeSpan MatchBudget = TimeSpan.FromMilliseconds(50);

    private readonly Regex _pattern;
    private readonly IReadOnlyList<string> _names;

    private AliasFormat(string text, Regex pattern, IReadOnlyList<string> names, IReadOnlyDictionary<string, string> defaults, string firstWord)
    {
        Text = text;
        _pattern = pattern;
        _names = names;
        Defaults = defaults;
        FirstWord = firstWord;
    }

    public string Text { get; }

    /// <summary>The command word (<c>patch</c>), for the nearest-alias hint.</summary>
    public string FirstWord { get; }

    public IReadOnlyDictionary<string, string> Defaults { get; }

    public IReadOnlyList<string> Parameters => _names;

    public static (AliasFormat? Format, string? Error) Compile(string text)
    {
        var names = new List<string>();
        var defaults = new Dictionary<string, string>(StringComparer.Ordinal);
        var at = 0;
        var (body, error) = Sequence(text, ref at, names, defaults, nested: false);
        if (error is not null)
        {
            return (null, error);
        }
        var first = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? string.Empty;
        if (first.Length == 0 || first[0] is '{' or '[')
        {
            return (null, $"'{text}' must start with a command word, such as 'patch {{target}}'");
        }
        var pattern = new Regex($"^\\s*{body}(?<extras>(?:\\s+(?:{Extra}))*)\\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchBudget);
        return (new AliasFormat(text, pattern, names, defaults, first), null);
    }

    /// <summary>The inputs the command gives (defaults filled in), or null when it does not fit this format.</summary>
    public Dictionary<string, string>? Match(string command, bool allowExtras)
    {
        Match match;
        try
        {
            match = _pattern.Match(command);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
        if (!match.Success || (!allowExtras && match.Groups["extras"].Length > 0))
        {
            return null;
        }
        var values = new Dictionary<string, string>(Defaults, StringComparer.Ordinal);
        for (var i = 0; i < _names.Count; i++)
        {
            if (match.Groups[$"p{i}"] is { Success: true } group)
            {
                values[_names[i]] = Unquote(group.Value);
            }
        }
        foreach (var extra in Regex.Matches(match.Groups["extras"].Value, Extra, RegexOptions.CultureInvariant, MatchBudget).Cast<Match>())
        {
            var eq = extra.Value.IndexOf('=', StringComparison.Ordinal);
            values[extra.Value[..eq]] = Unquote(extra.Value[(eq + 1)..]);
        }
        return values;
    }

    private static string Unquote(string value) => value.Length >= 2 && value[0] == '"' && value[^1] == '"' ? value[1..^1] : value;

    private static (string Body, string? Error) Sequence(string text, ref int at, List<string> names, Dictionary<string, string> defaults, bool nested)
    {
        var parts = new List<(string Regex, bool Optional)>();
        while (at < text.Length)
        {
            var c = text[at];
            if (char.IsWhiteSpace(c))
            {
                at++;
            }
            else if (c == ']')
            {
                if (!nested)
                {
                    return (string.Empty, $"'{text}' has a ] without [ at character {at + 1}");
                }
                at++;
                return (Join(parts), null);
            }
            else if (c == '[')
            {
                at++;
                var (inner, error) = Sequence(text, ref at, names, defaults, nested: true);
                if (error is not null)
                {
                    return (string.Empty, error);
                }
                parts.Add((inner, true));
            }
            else if (c == '{')
            {
                var close = text.IndexOf('}', at);
                if (close < 0)
                {
                    return (string.Empty, $"'{text}' has a {{ without }} at character {at + 1}");
                }
                var spec = text[(at + 1)..close];
                var eq = spec.IndexOf('=', StringComparison.Ordinal);
                var name = (eq < 0 ? spec : spec[..eq]).Trim();
                if (!Regex.IsMatch(name, "^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant, MatchBudget))
                {
                    return (string.Empty, $"'{text}' has a parameter '{{{spec}}}' whose name is not an input name");
                }
                if (names.Contains(name))
                {
                    return (string.Empty, $"'{text}' names the parameter '{name}' twice");
                }
                var group = $"(?<p{names.Count}>{Value})";
                names.Add(name);
                if (eq >= 0)
                {
                    defaults[name] = spec[(eq + 1)..].Trim();
                }
                parts.Add((group, eq >= 0));
                at = close + 1;
            }
            else
            {
                var end = at;
                while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] is not ('[' or ']' or '{' or '}'))
                {
                    end++;
                }
                parts.Add((Regex.Escape(text[at..end]), false));
                at = end;
            }
        }
        return nested ? (string.Empty, $"'{text}' has a [ that is never closed") : (Join(parts), null);
    }

    /// <summary>Parts joined by whitespace; an optional part brings its own leading whitespace so leaving it out leaves none.</summary>
    private static string Join(List<(string Regex, bool Optional)> parts)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < parts.Count; i++)
        {
            var separator = i == 0 ? string.Empty : "\\s+";
            builder.Append(parts[i].Optional ? $"(?:{separator}{parts[i].Regex})?" : separator + parts[i].Regex);
        }
        return builder.ToString();
    }
}
