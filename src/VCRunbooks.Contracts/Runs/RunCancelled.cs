namespace VCRunbooks.Contracts.Runs;

/// <summary>Published when a run is cancelled by an operator or by its parent run.</summary>
public sealed record RunCancelled
{
    /// <summary>The run's id.</summary>
    public required string RunId { get; init; }
    /// <summary>When the run was cancelled (UTC, engine clock).</summary>
    public required DateTimeOffset At { get; init; }
}
