namespace VCRunbooks.Engine.Persistence;

/// <summary>An event raised while no run waited on it, kept until a wait consumes it or it expires.</summary>
internal sealed class PendingEventRecord
{
    public required string Id { get; set; }
    public required string Name { get; set; }
    public required string CorrelationKey { get; set; }
    public string? Payload { get; set; }
    public long CreatedAtMs { get; set; }
    public long ExpiresAtMs { get; set; }
}
