using System.Text.Json.Nodes;

namespace VCRunbooks.Engine.Definitions;

/// <summary>A runbook input or variable: a name, a value type (see <see cref="ValueTypes"/>) and an optional default.</summary>
public sealed record RunbookParameter
{
    public required string Name { get; init; }
    public string Type { get; init; } = "object";
    public bool Required { get; init; }
    public JsonNode? Default { get; init; }
    public string? Description { get; init; }
}
