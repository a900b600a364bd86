using VCRunbooks.VCenter.Client.Resilience;

namespace VCRunbooks.VCenter.Client.Waiting;

/// <summary>How a wait polls: backoff between reads, and when to give up.</summary>
public sealed record WaitPolicy
{
    /// <summary>The delays between reads; default 2 s growing by 1.5× to 30 s, 10% jitter.</summary>
    public Backoff Backoff { get; init; } = new() { InitialDelay = TimeSpan.FromSeconds(2), Factor = 1.5, MaxDelay = TimeSpan.FromSeconds(30), Jitter = 0.1 };

    /// <summary>Give up after this long (measured on the client's TimeProvider).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromHours(2);

    /// <summary>The default policy: the backoff above and a 2-hour timeout.</summary>
    public static WaitPolicy Default { get; } = new();

    /// <summary>Throws an <see cref="ArgumentOutOfRangeException"/> named <paramref name="argumentName"/> for a bad backoff or a timeout that is not positive.</summary>
    public void Validate(string argumentName)
    {
        Backoff.Validate(argumentName);
        if (Timeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(argumentName, Timeout, "The wait timeout must be positive.");
        }
    }
}
