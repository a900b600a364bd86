using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Errors;

namespace VCRunbooks.VCenter.Client.Errors;

/// <summary>A long operation (task, job, deployment, update) that ended FAILED or canceled; carries its last state.</summary>
public sealed class VCenterOperationFailedException : VCenterException
{
    public VCenterOperationFailedException()
    {
    }

    public VCenterOperationFailedException(string message) : base(message)
    {
    }

    public VCenterOperationFailedException(string message, Exception innerException) : base(message, innerException)
    {
    }

    public VCenterOperationFailedException(string message, ErrorType? errorType, IReadOnlyList<LocalizableMessage> messages, object finalState)
        : base(message, errorType, null, messages, isTransient: false)
    {
        FinalState = finalState;
    }

    /// <summary>The terminal state as last read (e.g. a TaskInfo or a BackupJobStatus).</summary>
    public object? FinalState { get; }
}
