using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using VCRunbooks.Server.Triggers.Definitions;

namespace VCRunbooks.Server.Triggers.Mapping;

/// <summary>A match condition with its path parsed and its regular expression compiled; says why it failed.</summary>
internal sealed class CompiledCondition(MatchCondition condition, PayloadPath path, Regex? pattern)
{
    private static readonly TimeSpan RegexBudget = TimeSpan.FromMilliseconds(50);

    public static (CompiledCondition? Condition, string? Error) Compile(MatchCondition condition)
    {
        var (path, error) = PayloadPath.Parse(condition.Path);
        if (error is not null)
        {
            return (null, error);
        }
        var operators = new object?[] { condition.EqualTo, condition.NotEqualTo, condition.In, condition.Contains, condition.Matches, condition.Exists }.Count(o => o is not null);
        if (operators != 1)
        {
            return (null, "needs exactly one of equalTo, notEqualTo, in, contains, matches, exists");
        }
        Regex? pattern = null;
        if (condition.Matches is { } text)
        {
            try
            {
                pattern = new Regex(text, RegexOptions.CultureInvariant, RegexBudget);
            }
            catch (ArgumentException ex)
            {
                return (null, $"matches: '{text}' is not a regular expression: {ex.Message}");
            }
        }
        return (new CompiledCondition(condition, path!, pattern), null);
    }

    /// <summary>Null when the condition holds; otherwise why not, in words an operator reads in a 202 answer.</summary>
    public string? Check(PayloadScope scope)
    {
        var value = path.Select(scope);
        var text = PayloadPath.AsText(value);
        var shown = text is null ? "nothing" : $"'{Shorten(text)}'";
        if (condition.Exists is { } exists)
        {
            return (value is not null) == exists ? null : $"{path.Text} {(exists ? "is missing" : "is present")}";
        }
        if (condition.EqualTo is { } expected)
        {
            return Same(value, expected) ? null : $"{path.Text} is {shown}, not {expected.ToJsonString()}";
        }
        if (condition.NotEqualTo is { } unexpected)
        {
            return Same(value, unexpected) ? $"{path.Text} is {unexpected.ToJsonString()}" : null;
        }
        if (condition.In is { } allowed)
        {
            return allowed.Any(a => Same(value, a)) ? null : $"{path.Text} is {shown}, not one of {allowed.ToJsonString()}";
        }
        if (condition.Contains is { } part)
        {
            var holds = value is JsonArray array ? array.Any(a => PayloadPath.AsText(a) == part) : text?.Contains(part, StringComparison.Ordinal) == true;
            return holds ? null : $"{path.Text} is {shown}, which does not contain '{part}'";
        }
        try
        {
            return text is not null && pattern!.IsMatch(text) ? null : $"{path.Text} is {shown}, which does not match /{condition.Matches}/";
        }
        catch (RegexMatchTimeoutException)
        {
            return $"{path.Text}: /{condition.Matches}/ took too long to match";
        }
    }

    /// <summary>JSON equality, except that a string and the same text as a number or boolean are equal (headers are strings).</summary>
    private static bool Same(JsonNode? value, JsonNode? expected) =>
        JsonNode.DeepEquals(value, expected) || (value is JsonValue && expected is JsonValue && PayloadPath.AsText(value) == PayloadPath.AsText(expected));

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..77] + "...";
}
