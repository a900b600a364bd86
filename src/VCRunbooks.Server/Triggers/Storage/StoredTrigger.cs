namespace VCRunbooks.Server.Triggers.Storage;

/// <summary>A trigger definition row: its file text, and where it came from (a file path, or the API).</summary>
internal sealed record StoredTrigger
{
    public required string Id { get; init; }
    public required string Kind { get; init; }
    public required string Body { get; init; }
    public required string Origin { get; init; }
    public required long UpdatedAtMs { get; init; }
}
