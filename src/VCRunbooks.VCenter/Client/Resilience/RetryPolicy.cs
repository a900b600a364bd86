namespace VCRunbooks.VCenter.Client.Resilience;

/// <summary>How often and how patiently transient failures of safe calls are retried.</summary>
public sealed record RetryPolicy
{
    /// <summary>Retries after the first attempt; 0 turns retrying off. Default 5.</summary>
    public int MaxRetries { get; init; } = 5;
    /// <summary>The delays between attempts.</summary>
    public Backoff Backoff { get; init; } = new();

    /// <summary>Throws an <see cref="ArgumentOutOfRangeException"/> named <paramref name="argumentName"/> for negative retries or a bad backoff.</summary>
    public void Validate(string argumentName)
    {
        if (MaxRetries < 0)
        {
            throw new ArgumentOutOfRangeException(argumentName, MaxRetries, "MaxRetries must not be negative.");
        }
        Backoff.Validate(argumentName);
    }
}
