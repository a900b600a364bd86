using VCRunbooks.Engine.Runs;

namespace VCRunbooks.Engine;

/// <summary>A run as listed: identity, pinned version and status.</summary>
public record RunSummary
{
    public required string Id { get; init; }
    public required string DefinitionId { get; init; }
    public required int Version { get; init; }
    public required RunStatus Status { get; init; }
    public string? ParentRunId { get; init; }
    public string? Error { get; init; }

    /// <summary>The run's <c>target</c> input, when it has one.</summary>
    public string? Target { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset UpdatedAt { get; init; }
}
