using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Errors;

namespace VCRunbooks.VCenter.Client.Errors;

/// <summary>A long operation (task, job, deployment, update) that ended FAILED or canceled; carries its last state.</summary>
public sealed class VCenterOperationFailedException : VCenterException
{
    /// <summary>Creates the exception with a default message.</summary>
    public VCenterOperationFailedException()
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/>.</summary>
    public VCenterOperationFailedException(string message) : base(message)
    {
    }

    /// <summary>Creates the exception with <paramref name="message"/> and its cause.</summary>
    public VCenterOperationFailedException(string message, Exception innerException) : base(message, innerException)
    {
    }

    /// <summary>Creates the exception from the operation's final state and the error it reported.</summary>
    public VCenterOperationFailedException(string message, ErrorType? errorType, IReadOnlyList<LocalizableMessage> messages, object finalState)
        : base(message, errorType, null, messages, isTransient: false)
    {
        FinalState = finalState;
    }

    /// <summary>The terminal state as last read (e.g. a TaskInfo or a BackupJobStatus).</summary>
    public object? FinalState { get; }
}
