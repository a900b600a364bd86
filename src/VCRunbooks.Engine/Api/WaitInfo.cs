using System.Text.Json.Nodes;

namespace VCRunbooks.Engine;

/// <summary>One thing a run waits on: a timer (DueAt) or an event (Name, CorrelationKey); questions carry their text in Metadata.</summary>
public sealed record WaitInfo(string Name, string? CorrelationKey, DateTimeOffset? DueAt, JsonObject? Metadata);
