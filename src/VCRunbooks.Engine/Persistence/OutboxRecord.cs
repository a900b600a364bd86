namespace VCRunbooks.Engine.Persistence;

internal sealed class OutboxRecord
{
    public long Id { get; set; }
    public required string RunId { get; set; }
    public required string Type { get; set; }
    public required string Payload { get; set; }
    public long CreatedAtMs { get; set; }
}
