namespace VCRunbooks.Engine.Activities;

/// <summary>An error worth retrying (a service restarting, a 503): the retry policy applies to it.</summary>
public class TransientException : Exception
{
    public TransientException()
    {
    }

    public TransientException(string message)
        : base(message)
    {
    }

    public TransientException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
