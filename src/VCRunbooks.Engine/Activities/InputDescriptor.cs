using System.Reflection;
using System.Text.Json.Nodes;

namespace VCRunbooks.Engine.Activities;

/// <summary>One typed input: Type is a definition-format type name (string, int, timespan, string[], object...).</summary>
public sealed record InputDescriptor
{
    public required string Name { get; init; }
    public required string Type { get; init; }
    public bool Required { get; init; }
    public JsonNode? Default { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<string>? Choices { get; init; }

    internal PropertyInfo Property { get; init; } = null!;
}
