namespace VCRunbooks.Contracts.Runs;

/// <summary>A run was created and pinned to a definition version.</summary>
public sealed record RunStarted
{
    public required string RunId { get; init; }
    public required string DefinitionId { get; init; }
    public required int Version { get; init; }
    public string? ParentRunId { get; init; }
    public required DateTimeOffset At { get; init; }
}
