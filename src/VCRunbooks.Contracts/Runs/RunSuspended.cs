namespace VCRunbooks.Contracts.Runs;

/// <summary>Published when a pass ends with every branch of the run waiting on a timer or an event; no thread is held.</summary>
public sealed record RunSuspended
{
    /// <summary>The run's id.</summary>
    public required string RunId { get; init; }
    /// <summary>What the run waits on, one entry per wait: <c>timer {name}</c> or <c>{event}:{correlation key}</c>.</summary>
    public required IReadOnlyList<string> WaitingOn { get; init; }
    /// <summary>When the run suspended (UTC, engine clock).</summary>
    public required DateTimeOffset At { get; init; }
}
