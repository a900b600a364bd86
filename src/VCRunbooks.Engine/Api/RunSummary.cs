using VCRunbooks.Engine.Runs;

namespace VCRunbooks.Engine;

/// <summary>A run as listed: identity, pinned version and status.</summary>
public record RunSummary
{
    /// <summary>The run's id (32 hex digits).</summary>
    public required string Id { get; init; }
    /// <summary>The runbook it runs.</summary>
    public required string DefinitionId { get; init; }
    /// <summary>The definition version it is pinned to.</summary>
    public required int Version { get; init; }
    /// <summary>Where the run stands, as of its last commit.</summary>
    public required RunStatus Status { get; init; }
    /// <summary>The run whose RunRunbook step started it; null for a top-level run.</summary>
    public string? ParentRunId { get; init; }
    /// <summary>Why it faulted (the failing step's error message); null unless faulted.</summary>
    public string? Error { get; init; }

    /// <summary>The run's <c>target</c> input, when it has one.</summary>
    public string? Target { get; init; }
    /// <summary>When it was started, on the engine's clock.</summary>
    public required DateTimeOffset CreatedAt { get; init; }
    /// <summary>When its state last committed.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }
}
