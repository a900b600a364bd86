using System.Text.Json.Nodes;

namespace VCRunbooks.Engine.Definitions;

/// <summary>One activity of a flowchart. Each input is a JSON literal or an object {"expr": "C# code"}.</summary>
public sealed record ActivityDefinition
{
    public required string Id { get; init; }
    public required string Type { get; init; }
    public string? DisplayName { get; init; }
    public Dictionary<string, JsonNode?> Inputs { get; init; } = [];
    public JoinMode Join { get; init; } = JoinMode.Any;
    public RetrySettings? Retry { get; init; }
    public TimeSpan? Timeout { get; init; }
    public string? Compensation { get; init; }
    public JsonObject? Layout { get; init; }
}
