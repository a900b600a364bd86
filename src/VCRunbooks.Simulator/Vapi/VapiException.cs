using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Errors;

namespace VCRunbooks.Simulator.Vapi;

/// <summary>Thrown by an operation to answer with a vapi.std error envelope.</summary>
public sealed class VapiException : Exception
{
    public VapiException(ErrorType errorType, string messageId, string defaultMessage, params string[] args)
        : base(defaultMessage)
    {
        Error = new VapiError
        {
            ErrorType = errorType,
            Messages = [LocalizableMessage.Of(messageId, defaultMessage, args)],
        };
    }

    public VapiException(VapiError error)
        : base((error.Messages.Count > 0 ? error.Messages[0].DefaultMessage : null) ?? error.ErrorType.ToString())
    {
        Error = error;
    }

    public VapiError Error { get; }

    public static VapiException NotFound(string what, string id) =>
        new(ErrorType.NotFound, "com.vmware.vapi.std.errors.not_found", $"{what} '{id}' was not found.", what, id);

    public static VapiException InvalidArgument(string field, string reason) =>
        new(ErrorType.InvalidArgument, "com.vmware.vapi.std.errors.invalid_argument", $"Invalid value for '{field}': {reason}", field, reason);

    public static VapiException NotAllowed(string reason) =>
        new(ErrorType.NotAllowedInCurrentState, "com.vmware.vapi.std.errors.not_allowed_in_current_state", reason);

    public static VapiException Unavailable(string reason) =>
        new(ErrorType.ServiceUnavailable, "com.vmware.vapi.std.errors.service_unavailable", reason);
}
