namespace VCRunbooks.Engine.Definitions;

/// <summary>Retry policy of an activity: transient faults are retried on a durable timer with exponential backoff and jitter.</summary>
public sealed record RetrySettings
{
    /// <summary>The most attempts in all, the first included.</summary>
    public int MaxAttempts { get; init; } = 3;
    /// <summary>The wait before the second attempt.</summary>
    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromSeconds(1);
    /// <summary>The factor each further wait grows by.</summary>
    public double BackoffMultiplier { get; init; } = 2;
    /// <summary>The longest wait between attempts, before jitter.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Fraction (0..1) of each delay randomised, so retries of many runs spread out.</summary>
    public double Jitter { get; init; } = 0.2;

    /// <summary>When true every error is retried, not only those classified transient.</summary>
    public bool RetryAllErrors { get; init; }
}
