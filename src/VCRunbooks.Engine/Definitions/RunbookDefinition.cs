using System.Text.Json.Nodes;
using VCRunbooks.Engine.Scripts;

namespace VCRunbooks.Engine.Definitions;

/// <summary>A runbook: a versioned flowchart of activities joined by outcome connections, or a C# script (<see cref="Script"/>).</summary>
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

    /// <summary>Set for a script runbook: its code, which replaces activities and connections (both stay empty).</summary>
    public RunbookScript? Script { get; init; }
}
