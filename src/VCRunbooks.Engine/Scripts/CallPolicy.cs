namespace VCRunbooks.Engine.Scripts;

/// <summary>
/// Retry and timeout of one activity call in a script, e.g.
/// <c>await StartBackup(..., policy: new() { Attempts = 5, RetryDelay = TimeSpan.FromSeconds(10), Timeout = TimeSpan.FromHours(2) })</c>.
/// Retries wait on durable timers with exponential backoff and jitter; only transient errors are retried unless
/// <see cref="RetryAllErrors"/> is set.
/// </summary>
public sealed class CallPolicy
{
    /// <summary>Attempts in all, the first included (1: no retry).</summary>
    public int Attempts { get; init; } = 1;

    /// <summary>The wait before the second attempt.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The factor each further wait grows by.</summary>
    public double BackoffMultiplier { get; init; } = 2;

    /// <summary>The longest wait between attempts, before jitter.</summary>
    public TimeSpan MaxRetryDelay { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>When true every error is retried while attempts remain, not only transient ones.</summary>
    public bool RetryAllErrors { get; init; }

    /// <summary>How long one attempt may take, waits included; past it the attempt fails with a timeout (retried when attempts remain).</summary>
    public TimeSpan? Timeout { get; init; }
}
