using System.Text.Json.Nodes;

namespace VCRunbooks.Contracts.Runs;

/// <summary>Command: asks the engine to start a run of a published runbook (consumed by the server when RabbitMQ is configured).</summary>
public sealed record StartRun
{
    /// <summary>The runbook's id.</summary>
    public required string DefinitionId { get; init; }
    /// <summary>The definition version to pin; null for the latest published one.</summary>
    public int? Version { get; init; }
    /// <summary>The runbook's inputs by name; secrets are passed by secret name, never by value.</summary>
    public JsonObject? Inputs { get; init; }
    /// <summary>Starts at most one run per key; null uses the message id, so a redelivery finds the run it started.</summary>
    public string? IdempotencyKey { get; init; }
}
