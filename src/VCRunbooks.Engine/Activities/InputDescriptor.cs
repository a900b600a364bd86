using System.Reflection;
using System.Text.Json.Nodes;

namespace VCRunbooks.Engine.Activities;

/// <summary>
/// One typed input: Type is a definition-format type name (string, int, timespan, string[], object...); Choices, when
/// set, are the only values a string (or each item of a string[]) may take: the names of an enum-typed input.
/// </summary>
public sealed record InputDescriptor
{
    /// <summary>The input's name in definitions.</summary>
    public required string Name { get; init; }
    /// <summary>Its definition-format type name, which literals are checked against and expressions compile to.</summary>
    public required string Type { get; init; }
    /// <summary>Whether a definition must give it.</summary>
    public bool Required { get; init; }
    /// <summary>The value used when a definition does not give it; null when there is none.</summary>
    public JsonNode? Default { get; init; }
    /// <summary>The one-line description, or null.</summary>
    public string? Description { get; init; }
    /// <summary>The only values it accepts, or null when it accepts any value of its type.</summary>
    public IReadOnlyList<string>? Choices { get; init; }

    internal PropertyInfo Property { get; init; } = null!;
}
