namespace VCRunbooks.Contracts.Runs;

/// <summary>Published when a run is created and pinned to a definition version.</summary>
public sealed record RunStarted
{
    /// <summary>The new run's id.</summary>
    public required string RunId { get; init; }
    /// <summary>The runbook's id.</summary>
    public required string DefinitionId { get; init; }
    /// <summary>The definition version the run is pinned to for its whole life.</summary>
    public required int Version { get; init; }
    /// <summary>The run that started this one as a child, or null.</summary>
    public string? ParentRunId { get; init; }
    /// <summary>When the run was created (UTC, engine clock).</summary>
    public required DateTimeOffset At { get; init; }
}
