using System.Text.Json.Nodes;

namespace VCRunbooks.Contracts.Runs;

/// <summary>Asks the engine to start a run of a published runbook.</summary>
public sealed record StartRun
{
    public required string DefinitionId { get; init; }
    public int? Version { get; init; }
    public JsonObject? Inputs { get; init; }
    public string? IdempotencyKey { get; init; }
}
