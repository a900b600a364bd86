using System.Text.Json.Nodes;

namespace VCRunbooks.Engine.Definitions;

/// <summary>A runbook input or variable: a name, a value type (string int long double bool timespan datetime string[] int[] array object) and an optional default.</summary>
public sealed record RunbookParameter
{
    /// <summary>The name expressions read it by (<c>Inputs.name</c>, <c>Variables.name</c>).</summary>
    public required string Name { get; init; }
    /// <summary>Its value type name; <c>object</c> (any JSON) when not given.</summary>
    public string Type { get; init; } = "object";
    /// <summary>For an input: a start without it is refused. Ignored for variables.</summary>
    public bool Required { get; init; }
    /// <summary>The value taken when a start does not give it (or a variable's initial value); null when there is none.</summary>
    public JsonNode? Default { get; init; }
    /// <summary>One line for whoever fills it in; null when not given.</summary>
    public string? Description { get; init; }
}
