namespace VCRunbooks.VCenter.Errors;

/// <summary>The vapi.std error types, as the error_type field of the error envelope names them.</summary>
public enum ErrorType
{
    Error,
    AlreadyExists,
    AlreadyInDesiredState,
    Canceled,
    ConcurrentChange,
    FeatureInUse,
    InternalServerError,
    InvalidArgument,
    InvalidElementConfiguration,
    InvalidElementType,
    InvalidRequest,
    NotAllowedInCurrentState,
    NotFound,
    OperationNotFound,
    ResourceBusy,
    ResourceInUse,
    ResourceInaccessible,
    ServiceUnavailable,
    TimedOut,
    UnableToAllocateResource,
    Unauthenticated,
    Unauthorized,
    UnexpectedInput,
    Unsupported,
    UnverifiedPeer,
}
