using System.Text.Json.Nodes;
using VCRunbooks.Engine.Scripts;

namespace VCRunbooks.Engine.Definitions;

/// <summary>A runbook: a versioned flowchart of activities joined by outcome connections, or a C# script (<see cref="Script"/>).</summary>
public sealed record RunbookDefinition
{
    /// <summary>The runbook's id, shared by all its versions: 1–100 letters, digits, '.', '_' or '-'.</summary>
    public required string Id { get; init; }
    /// <summary>The version number; 0 when publishing asks for the next one.</summary>
    public int Version { get; init; }
    /// <summary>The human-readable name consoles and chat show.</summary>
    public required string Name { get; init; }
    /// <summary>What the runbook does, for people choosing one; null when not given.</summary>
    public string? Description { get; init; }
    /// <summary>The inputs a start supplies, checked and defaulted before the run is created.</summary>
    public IReadOnlyList<RunbookParameter> Inputs { get; init; } = [];
    /// <summary>The variables the run keeps, each starting at its default; SetVariable and activities change them.</summary>
    public IReadOnlyList<RunbookParameter> Variables { get; init; } = [];
    /// <summary>The flowchart's activities, exactly one of them a Start.</summary>
    public IReadOnlyList<ActivityDefinition> Activities { get; init; } = [];
    /// <summary>The flowchart's connections from (activity, outcome) to activity.</summary>
    public IReadOnlyList<ConnectionDefinition> Connections { get; init; } = [];
    /// <summary>Designer metadata for the whole flowchart, stored and ignored by the engine.</summary>
    public JsonObject? Layout { get; init; }

    /// <summary>Set for a script runbook: its code, which replaces activities and connections (both stay empty).</summary>
    public RunbookScript? Script { get; init; }
}
