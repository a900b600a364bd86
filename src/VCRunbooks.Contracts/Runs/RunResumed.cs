namespace VCRunbooks.Contracts.Runs;

/// <summary>Published when a suspended run continues because a timer fired or an event arrived, or a faulted run is retried.</summary>
public sealed record RunResumed
{
    /// <summary>The run's id.</summary>
    public required string RunId { get; init; }
    /// <summary>What woke the run: the fired waits' names, comma-separated, or <c>retry</c> when an operator retried a faulted run.</summary>
    public required string Reason { get; init; }
    /// <summary>When the run resumed (UTC, engine clock).</summary>
    public required DateTimeOffset At { get; init; }
}
