using System.Text.Json.Nodes;

namespace VCRunbooks.Engine.Activities;

/// <summary>Why a suspended activity is executing again: which bookmark fired and with what payload.</summary>
public sealed record Resumption
{
    public required string Name { get; init; }
    public string? CorrelationKey { get; init; }
    public bool IsTimer { get; init; }
    public JsonNode? Payload { get; init; }
}
