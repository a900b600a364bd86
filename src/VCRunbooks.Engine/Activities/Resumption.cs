using System.Text.Json.Nodes;

namespace VCRunbooks.Engine.Activities;

/// <summary>Why a suspended activity is executing again: which bookmark fired and with what payload.</summary>
public sealed record Resumption
{
    /// <summary>The fired bookmark's name (<c>timer</c> for a timer, else the event name).</summary>
    public required string Name { get; init; }
    /// <summary>The fired event's correlation key; null for a timer.</summary>
    public string? CorrelationKey { get; init; }
    /// <summary>True when a timer fired (a due time or a timeout), false for an event.</summary>
    public bool IsTimer { get; init; }
    /// <summary>The event's payload as raised; null for a timer or an event raised without one.</summary>
    public JsonNode? Payload { get; init; }
}
