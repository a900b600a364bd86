using System.Text.Json.Nodes;

namespace VCRunbooks.Engine;

/// <summary>One line of a run's journal: activity transitions, log lines, variable changes.</summary>
public sealed record JournalEntry(long Seq, DateTimeOffset At, string Kind, string? ActivityId, string Message, JsonNode? Data);
