using System.Net;
using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Errors;

namespace VCRunbooks.VCenter.Client.Errors;

/// <summary>
/// A failed vCenter call: the vapi std error (type, messages), the HTTP status, and whether trying again later
/// can help (<see cref="IsTransient"/>).
/// </summary>
public class VCenterException : Exception
{
    /// <summary>Creates the exception with a default message; not transient.</summary>
    public VCenterException()
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>; not transient.</summary>
    public VCenterException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and its cause; not transient.</summary>
    public VCenterException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>Creates the exception from what vCenter answered: error type, HTTP status, messages, and whether retrying can help.</summary>
    public VCenterException(string message, ErrorType? errorType, HttpStatusCode? statusCode, IReadOnlyList<LocalizableMessage> messages, bool isTransient, Exception? innerException = null)
        : base(message, innerException)
    {
        ErrorType = errorType;
        StatusCode = statusCode;
        Messages = messages;
        IsTransient = isTransient;
    }

    /// <summary>The vapi std error type, when vCenter answered with an error envelope.</summary>
    public ErrorType? ErrorType { get; }

    /// <summary>The HTTP status, when there was an answer at all.</summary>
    public HttpStatusCode? StatusCode { get; }

    /// <summary>The messages of the error envelope; empty when there were none.</summary>
    public IReadOnlyList<LocalizableMessage> Messages { get; } = [];

    /// <summary>True for failures that go away by themselves (services restarting, busy, timeouts, refused connections).</summary>
    public bool IsTransient { get; }
}
