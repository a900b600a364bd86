namespace VCRunbooks.VCenter.Client.Resilience;

/// <summary>Exponential backoff with a cap and proportional jitter, shared by retries and waits.</summary>
public sealed record Backoff
{
    /// <summary>The first delay; default 1 second.</summary>
    public TimeSpan InitialDelay { get; init; } = TimeSpan.FromSeconds(1);
    /// <summary>What each delay is multiplied by; at least 1, default 2.</summary>
    public double Factor { get; init; } = 2;
    /// <summary>The cap on any delay, before jitter; default 30 seconds.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Each delay varies by up to this share (0..1) either way, so many callers do not poll in step.</summary>
    public double Jitter { get; init; } = 0.2;

    /// <summary>The delay before attempt <paramref name="attempt"/> + 1 (0 = the first delay).</summary>
    public TimeSpan DelayFor(int attempt)
    {
        var raw = InitialDelay.TotalMilliseconds * Math.Pow(Factor, Math.Min(attempt, 64));
        var capped = Math.Min(raw, MaxDelay.TotalMilliseconds);
        var jittered = Jitter > 0 ? capped * (1 + ((Random.Shared.NextDouble() * 2) - 1) * Jitter) : capped;
        return TimeSpan.FromMilliseconds(Math.Max(0, jittered));
    }

    /// <summary>Throws an <see cref="ArgumentOutOfRangeException"/> named <paramref name="argumentName"/> for a negative delay, a cap below the first delay, a factor below 1 or jitter outside 0..1.</summary>
    public void Validate(string argumentName)
    {
        if (InitialDelay < TimeSpan.Zero || MaxDelay < InitialDelay)
        {
            throw new ArgumentOutOfRangeException(argumentName, "Delays must not be negative and MaxDelay must be at least InitialDelay.");
        }
        if (Factor < 1 || double.IsNaN(Factor))
        {
            throw new ArgumentOutOfRangeException(argumentName, Factor, "The backoff factor must be at least 1.");
        }
        if (Jitter is < 0 or > 1 || double.IsNaN(Jitter))
        {
            throw new ArgumentOutOfRangeException(argumentName, Jitter, "Jitter must be between 0 and 1.");
        }
    }
}
