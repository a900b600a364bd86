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
    public VCenterException()
    {
    }

    public VCenterException(string message) : base(message)
    {
    }

    public VCenterException(string message, Exception innerException) : base(message, innerException)
    {
    }

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

    public IReadOnlyList<LocalizableMessage> Messages { get; } = [];

    /// <summary>True for failures that go away by themselves (services restarting, busy, timeouts, refused connections).</summary>
    public bool IsTransient { get; }
}
