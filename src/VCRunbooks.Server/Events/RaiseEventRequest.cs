using System.Text.Json.Nodes;

namespace VCRunbooks.Server.Events;

/// <summary>An event for the runs waiting on it (WaitForEvent, Ask): a webhook's or chat bot's signal.</summary>
internal sealed record RaiseEventRequest
{
    /// <summary>Names the wait the event is for (e.g. a ticket number); required.</summary>
    public string? CorrelationKey { get; init; }
    /// <summary>What the waiting activity receives as its payload.</summary>
    public JsonNode? Payload { get; init; }
}
