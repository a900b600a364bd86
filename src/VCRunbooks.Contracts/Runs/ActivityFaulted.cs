namespace VCRunbooks.Contracts.Runs;

/// <summary>Published when a step's attempt fails; <see cref="WillRetry"/> tells whether a retry timer was scheduled. Sent even when the engine's PublishActivityEvents is off.</summary>
public sealed record ActivityFaulted
{
    /// <summary>The run's id.</summary>
    public required string RunId { get; init; }
    /// <summary>The step's id in the runbook definition.</summary>
    public required string ActivityId { get; init; }
    /// <summary>The activity type, as in the catalog.</summary>
    public required string ActivityType { get; init; }
    /// <summary>The attempt that failed, counting from 1.</summary>
    public required int Attempt { get; init; }
    /// <summary>The error message (a vCenter error names its type and message); never a secret value.</summary>
    public required string Error { get; init; }
    /// <summary>True when a retry timer was scheduled; false when the failure faults the run.</summary>
    public required bool WillRetry { get; init; }
    /// <summary>When the retry is due (UTC), or null without a retry.</summary>
    public DateTimeOffset? RetryAt { get; init; }
    /// <summary>When the attempt failed (UTC, engine clock).</summary>
    public required DateTimeOffset At { get; init; }
}
