namespace VCRunbooks.Engine.Persistence;

internal sealed class DefinitionRecord
{
    public required string DefinitionId { get; set; }
    public int Version { get; set; }
    public required string Name { get; set; }
    public required string Json { get; set; }
    public long PublishedAtMs { get; set; }
    public string? SourcePath { get; set; }
    public string? SourceRevision { get; set; }
    public string? SourceAuthor { get; set; }
}
