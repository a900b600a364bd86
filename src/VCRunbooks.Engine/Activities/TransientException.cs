namespace VCRunbooks.Engine.Activities;

/// <summary>An error worth retrying (a service restarting, a 503): the retry policy applies to it.</summary>
public class TransientException : Exception
{
    /// <summary>A transient error without a message.</summary>
    public TransientException()
    {
    }

    /// <summary>A transient error with a message saying what failed; it reaches the journal, so no secrets.</summary>
    public TransientException(string message)
        : base(message)
    {
    }

    /// <summary>A transient error wrapping the failure that caused it.</summary>
    public TransientException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
