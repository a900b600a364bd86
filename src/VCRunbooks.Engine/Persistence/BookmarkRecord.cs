namespace VCRunbooks.Engine.Persistence;

/// <summary>
/// A run's durable wait (timer or event) and also its inbox: raising an event or cancelling marks a row
/// triggered, so the signal survives a crash between the call and the run's next step.
/// </summary>
internal sealed class BookmarkRecord
{
    public required string Id { get; set; }
    public required string RunId { get; set; }
    public required string Kind { get; set; }
    public required string Name { get; set; }
    public string? CorrelationKey { get; set; }
    public long? DueAtMs { get; set; }
    public bool Triggered { get; set; }
    public string? Payload { get; set; }
    public string? Metadata { get; set; }
    public long CreatedAtMs { get; set; }
}
