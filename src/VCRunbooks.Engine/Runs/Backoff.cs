using VCRunbooks.Engine.Definitions;

namespace VCRunbooks.Engine.Runs;

/// <summary>
/// Exponential backoff with jitter. The jitter is seeded from the step so a re-executed pass after a
/// crash computes the same delay (the runner stays deterministic).
/// </summary>
internal static class Backoff
{
    public static TimeSpan Delay(RetrySettings retry, int failedAttempt, string stepKey)
    {
        var exponential = retry.InitialDelay.TotalMilliseconds * Math.Pow(retry.BackoffMultiplier, failedAttempt - 1);
        var capped = Math.Min(exponential, retry.MaxDelay.TotalMilliseconds);
#pragma warning disable CA5394 // Jitter spreads retries out; it needs no cryptographic randomness.
        var random = new Random(StableHash(stepKey) ^ failedAttempt);
        var factor = 1 - retry.Jitter + (2 * retry.Jitter * random.NextDouble());
#pragma warning restore CA5394
        return TimeSpan.FromMilliseconds(Math.Min(capped * factor, retry.MaxDelay.TotalMilliseconds));
    }

    private static int StableHash(string s)
    {
        unchecked
        {
            var hash = (int)2166136261;
            foreach (var c in s)
            {
                hash = (hash ^ c) * 16777619;
            }

            return hash;
        }
    }
}
