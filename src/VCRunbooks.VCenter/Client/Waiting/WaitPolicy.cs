using VCRunbooks.VCenter.Client.Resilience;

namespace VCRunbooks.VCenter.Client.Waiting;

/// <summary>How a wait polls: backoff between reads, and when to give up.</summary>
public sealed record WaitPolicy
{
    public Backoff Backoff { get; init; } = new() { InitialDelay = TimeSpan.FromSeconds(2), Factor = 1.5, MaxDelay = TimeSpan.FromSeconds(30), Jitter = 0.1 };

    /// <summary>Give up after this long (measured on the client's TimeProvider).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromHours(2);

    public static WaitPolicy Default { get; } = new();

    public void Validate(string argumentName)
    {
        Backoff.Validate(argumentName);
        if (Timeout <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(argumentName, Timeout, "The wait timeout must be positive.");
        }
    }
}
