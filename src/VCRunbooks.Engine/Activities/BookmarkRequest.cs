using System.Text.Json.Nodes;

namespace VCRunbooks.Engine.Activities;

/// <summary>What a suspended activity waits for: a durable timer (DueAt) or a named event with a correlation key.</summary>
public sealed record BookmarkRequest
{
    /// <summary>The event name the wait listens for, or <c>timer</c> (the default) for a timer.</summary>
    public required string Name { get; init; }
    /// <summary>Picks this wait's event among others of the same name (a question id, a job id); null for timers.</summary>
    public string? CorrelationKey { get; init; }
    /// <summary>When a timer fires; null for an event wait.</summary>
    public DateTimeOffset? DueAt { get; init; }
    /// <summary>Data stored with the wait and shown to callers in <c>RunDetails.Waiting</c> (Ask keeps its question text there); never a secret.</summary>
    public JsonObject? Metadata { get; init; }

    /// <summary>True for a timer (<see cref="DueAt"/> set).</summary>
    public bool IsTimer => DueAt is not null;

    /// <summary>A durable timer due at <paramref name="dueAt"/>.</summary>
    public static BookmarkRequest Timer(DateTimeOffset dueAt, string name = "timer") => new() { Name = name, DueAt = dueAt };

    /// <summary>A wait for the event <paramref name="name"/> raised with <paramref name="correlationKey"/>, optionally with metadata shown while it waits.</summary>
    public static BookmarkRequest Event(string name, string correlationKey, JsonObject? metadata = null) =>
        new() { Name = name, CorrelationKey = correlationKey, Metadata = metadata };
}
