namespace VCRunbooks.VCenter.Client.Errors;

/// <summary>A wait gave up: the operation had not reached a terminal state within the wait's timeout.</summary>
public sealed class VCenterWaitTimeoutException : TimeoutException
{
    /// <summary>Creates the exception with a default message.</summary>
    public VCenterWaitTimeoutException()
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    public VCenterWaitTimeoutException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and its cause.</summary>
    public VCenterWaitTimeoutException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with the last state the wait read.</summary>
    public VCenterWaitTimeoutException(string message, object? lastState) : base(message)
    {
        LastState = lastState;
    }

    /// <summary>The last state read before giving up, if any read succeeded.</summary>
    public object? LastState { get; }
}
