using System.Text.Json.Nodes;

namespace VCRunbooks.Engine.Activities;

/// <summary>What a suspended activity waits for: a durable timer (DueAt) or a named event with a correlation key.</summary>
public sealed record BookmarkRequest
{
    public required string Name { get; init; }
    public string? CorrelationKey { get; init; }
    public DateTimeOffset? DueAt { get; init; }
    public JsonObject? Metadata { get; init; }

    public bool IsTimer => DueAt is not null;

    public static BookmarkRequest Timer(DateTimeOffset dueAt, string name = "timer") => new() { Name = name, DueAt = dueAt };

    public static BookmarkRequest Event(string name, string correlationKey, JsonObject? metadata = null) =>
        new() { Name = name, CorrelationKey = correlationKey, Metadata = metadata };
}
