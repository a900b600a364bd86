using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Errors;

namespace VCRunbooks.Simulator.Vapi;

/// <summary>Thrown by an operation to answer with a vapi.std error envelope.</summary>
public sealed class VapiException : Exception
{
    /// <summary>An error of <paramref name="errorType"/> with one localizable message.</summary>
    /// <param name="errorType">The vapi.std error type; it decides the HTTP status (e.g. NOT_FOUND 404, INVALID_ARGUMENT 400).</param>
    /// <param name="messageId">The message id, e.g. <c>com.vmware.vapi.std.errors.not_found</c>.</param>
    /// <param name="defaultMessage">The English message, also the exception's message.</param>
    /// <param name="args">The message's arguments.</param>
    public VapiException(ErrorType errorType, string messageId, string defaultMessage, params string[] args)
        : base(defaultMessage)
    {
        Error = new VapiError
        {
            ErrorType = errorType,
            Messages = [LocalizableMessage.Of(messageId, defaultMessage, args)],
        };
    }

    /// <summary>An error answered as given.</summary>
    public VapiException(VapiError error)
        : base((error.Messages.Count > 0 ? error.Messages[0].DefaultMessage : null) ?? error.ErrorType.ToString())
    {
        Error = error;
    }

    /// <summary>The error the operation answers with.</summary>
    public VapiError Error { get; }

    /// <summary>NOT_FOUND (404): <paramref name="what"/> <paramref name="id"/> does not exist.</summary>
    public static VapiException NotFound(string what, string id) =>
        new(ErrorType.NotFound, "com.vmware.vapi.std.errors.not_found", $"{what} '{id}' was not found.", what, id);

    /// <summary>INVALID_ARGUMENT (400): <paramref name="field"/> has a bad value, for <paramref name="reason"/>.</summary>
    public static VapiException InvalidArgument(string field, string reason) =>
        new(ErrorType.InvalidArgument, "com.vmware.vapi.std.errors.invalid_argument", $"Invalid value for '{field}': {reason}", field, reason);

    /// <summary>NOT_ALLOWED_IN_CURRENT_STATE (400): the operation does not fit the current state, for <paramref name="reason"/>.</summary>
    public static VapiException NotAllowed(string reason) =>
        new(ErrorType.NotAllowedInCurrentState, "com.vmware.vapi.std.errors.not_allowed_in_current_state", reason);

    /// <summary>SERVICE_UNAVAILABLE (503), for <paramref name="reason"/>.</summary>
    public static VapiException Unavailable(string reason) =>
        new(ErrorType.ServiceUnavailable, "com.vmware.vapi.std.errors.service_unavailable", reason);
}
