namespace VCRunbooks.Engine.Persistence;

/// <summary>A runbook whose new runs are refused (its source file was removed); publishing it again lifts this.</summary>
internal sealed class RetractionRecord
{
    public required string DefinitionId { get; set; }
    public required string Reason { get; set; }
    public long RetractedAtMs { get; set; }
}
