using System.Text.Json.Nodes;

namespace VCRunbooks.Server.Triggers.Definitions;

/// <summary>One test on a payload value at a JSON path; exactly one operator is set.</summary>
internal sealed record MatchCondition
{
    /// <summary><c>$.a.b[0]</c> in the payload (the batch item when there is one), <c>$event.x</c> in the whole payload, <c>$headers.name</c> in the request headers.</summary>
    public string Path { get; init; } = string.Empty;

    public JsonNode? EqualTo { get; init; }

    public JsonNode? NotEqualTo { get; init; }

    /// <summary>The value is one of these.</summary>
    public JsonArray? In { get; init; }

    /// <summary>A string value contains this, or an array value holds it.</summary>
    public string? Contains { get; init; }

    /// <summary>A .NET regular expression the string value matches.</summary>
    public string? Matches { get; init; }

    /// <summary>True: the path has a value; false: it has none.</summary>
    public bool? Exists { get; init; }
}
