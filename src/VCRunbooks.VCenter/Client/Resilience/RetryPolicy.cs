namespace VCRunbooks.VCenter.Client.Resilience;

/// <summary>How often and how patiently transient failures of safe calls are retried.</summary>
public sealed record RetryPolicy
{
    public int MaxRetries { get; init; } = 5;
    public Backoff Backoff { get; init; } = new();

    public void Validate(string argumentName)
    {
        if (MaxRetries < 0)
        {
            throw new ArgumentOutOfRangeException(argumentName, MaxRetries, "MaxRetries must not be negative.");
        }
        Backoff.Validate(argumentName);
    }
}
