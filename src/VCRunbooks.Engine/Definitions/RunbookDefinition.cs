using System.Text.Json.Nodes;

namespace VCRunbooks.Engine.Definitions;

/// <summary>A runbook: a versioned flowchart of activities joined by outcome connections.</summary>
public sealed record RunbookDefinition
{
    public required string Id { get; init; }
    public int Version { get; init; }
    public required string Name { get; init; }
    public string? Description { get; init; }
    public IReadOnlyList<RunbookParameter> Inputs { get; init; } = [];
    public IReadOnlyList<RunbookParameter> Variables { get; init; } = [];
    public IReadOnlyList<ActivityDefinition> Activities { get; init; } = [];
    public IReadOnlyList<ConnectionDefinition> Connections { get; init; } = [];
    public JsonObject? Layout { get; init; }
}
