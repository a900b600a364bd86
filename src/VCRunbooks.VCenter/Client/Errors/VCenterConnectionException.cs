namespace VCRunbooks.VCenter.Client.Errors;

/// <summary>No usable answer: the connection was refused or dropped, or the call timed out. Always transient, whichever constructor made it.</summary>
public sealed class VCenterConnectionException : VCenterException
{
    /// <summary>Creates the exception with a default message; transient.</summary>
    public VCenterConnectionException() : this("vCenter gave no usable answer.", null, timedOut: false)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>; transient.</summary>
    public VCenterConnectionException(string message) : this(message, null, timedOut: false)
    {
    }

    /// <summary>Creates the exception for the network failure <paramref name="innerException"/>; transient.</summary>
    public VCenterConnectionException(string message, Exception innerException) : this(message, innerException, timedOut: false)
    {
    }

    /// <summary>Creates the exception; <paramref name="timedOut"/> tells a per-call timeout from a refused or dropped connection.</summary>
    public VCenterConnectionException(string message, Exception? innerException, bool timedOut)
        : base(message, null, null, [], isTransient: true, innerException)
    {
        TimedOut = timedOut;
    }

    /// <summary>True when the per-target timeout elapsed (as opposed to a refused or dropped connection).</summary>
    public bool TimedOut { get; }
}
