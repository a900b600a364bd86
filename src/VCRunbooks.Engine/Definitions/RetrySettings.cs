namespace VCRunbooks.Engine.Definitions;

/// <summary>Retry policy of an activity: transient faults are retried on a durable timer with exponential backoff and jitter.</summary>
public sealed record RetrySettings
{
    public int MaxAttempts { get; init; } = 3;
    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromSeconds(1);
    public double BackoffMultiplier { get; init; } = 2;
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Fraction (0..1) of each delay randomised, so retries of many runs spread out.</summary>
    public double Jitter { get; init; } = 0.2;

    /// <summary>When true every error is retried, not only those classified transient.</summary>
    public bool RetryAllErrors { get; init; }
}
