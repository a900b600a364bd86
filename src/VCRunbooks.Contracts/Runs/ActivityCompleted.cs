namespace VCRunbooks.Contracts.Runs;

/// <summary>Published when a step completes with one or more outcomes, unless the engine's PublishActivityEvents is off.</summary>
public sealed record ActivityCompleted
{
    /// <summary>The run's id.</summary>
    public required string RunId { get; init; }
    /// <summary>The step's id in the runbook definition.</summary>
    public required string ActivityId { get; init; }
    /// <summary>The activity type, as in the catalog.</summary>
    public required string ActivityType { get; init; }
    /// <summary>The outcomes the step completed with; each names the connections the run follows next.</summary>
    public required IReadOnlyList<string> Outcomes { get; init; }
    /// <summary>When the step completed (UTC, engine clock).</summary>
    public required DateTimeOffset At { get; init; }
}
