namespace VCRunbooks.Engine.Persistence;

internal sealed class JournalRecord
{
    public long Id { get; set; }
    public required string RunId { get; set; }
    public long Seq { get; set; }
    public long AtMs { get; set; }
    public required string Kind { get; set; }
    public string? ActivityId { get; set; }
    public required string Message { get; set; }
    public string? Data { get; set; }
}
