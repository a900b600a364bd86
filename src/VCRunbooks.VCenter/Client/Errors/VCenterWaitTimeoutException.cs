namespace VCRunbooks.VCenter.Client.Errors;

/// <summary>A wait gave up: the operation had not reached a terminal state within the wait's timeout.</summary>
public sealed class VCenterWaitTimeoutException : TimeoutException
{
    public VCenterWaitTimeoutException()
    {
    }

    public VCenterWaitTimeoutException(string message) : base(message)
    {
    }

    public VCenterWaitTimeoutException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public VCenterWaitTimeoutException(string message, object? lastState) : base(message)
    {
        LastState = lastState;
    }

    /// <summary>The last state read before giving up, if any read succeeded.</summary>
    public object? LastState { get; }
}
