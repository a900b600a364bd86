namespace VCRunbooks.Contracts.Runs;

/// <summary>Published when a run stops on an error it could not retry, after any compensation; an operator can retry it from <see cref="ActivityId"/>.</summary>
public sealed record RunFaulted
{
    /// <summary>The run's id.</summary>
    public required string RunId { get; init; }
    /// <summary>The step that failed, to retry from; null when the fault was not a step's.</summary>
    public string? ActivityId { get; init; }
    /// <summary>The error message of the failure; never a secret value.</summary>
    public required string Error { get; init; }
    /// <summary>True when the compensations of the completed steps ran before the run faulted.</summary>
    public required bool Compensated { get; init; }
    /// <summary>When the run faulted (UTC, engine clock).</summary>
    public required DateTimeOffset At { get; init; }
}
