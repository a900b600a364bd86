namespace VCRunbooks.Engine.Persistence;

/// <summary>
/// An outbox row: one event (Type, Payload), or with Type <see cref="OutboxBatch.Type"/> a JSON array of
/// <see cref="EventCount"/> events whose ids run up to and including <see cref="Id"/> (see <see cref="OutboxBatch"/>).
/// </summary>
internal sealed class OutboxRecord
{
    public long Id { get; set; }
    public required string RunId { get; set; }
    public required string Type { get; set; }

    /// <summary>The event's JSON; empty while <see cref="Event"/> still holds it unserialised.</summary>
    public required string Payload { get; set; }

    public long CreatedAtMs { get; set; }
    public int EventCount { get; set; } = 1;

    /// <summary>A batch row's lowest event id (its events need not be consecutive once some were deleted); null on a one-event row.</summary>
    public long? FirstId { get; set; }

    /// <summary>The engine's own events stay objects until the commit, so a commit of many pays one serialisation (not stored).</summary>
    public object? Event { get; set; }
}
