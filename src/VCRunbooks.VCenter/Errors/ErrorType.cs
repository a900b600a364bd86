namespace VCRunbooks.VCenter.Errors;

/// <summary>The vapi.std error types, as the error_type field of the error envelope names them.</summary>
public enum ErrorType
{
    /// <summary>Generic error with no more specific type (HTTP 500 on /api).</summary>
    Error,
    /// <summary>The entity to create already exists (400).</summary>
    AlreadyExists,
    /// <summary>The operation would change nothing: the resource is already in the requested state (400).</summary>
    AlreadyInDesiredState,
    /// <summary>The operation was canceled.</summary>
    Canceled,
    /// <summary>The resource was changed by someone else meanwhile (409 on /api).</summary>
    ConcurrentChange,
    /// <summary>A feature in use prevents the operation, e.g. a backup or restore already running (400).</summary>
    FeatureInUse,
    /// <summary>The server failed internally (500).</summary>
    InternalServerError,
    /// <summary>An argument of the request is invalid (400).</summary>
    InvalidArgument,
    /// <summary>An element of the request has an invalid configuration (400).</summary>
    InvalidElementConfiguration,
    /// <summary>An element of the request has the wrong type (400).</summary>
    InvalidElementType,
    /// <summary>The request itself is malformed (400).</summary>
    InvalidRequest,
    /// <summary>The operation is not allowed in the resource's current state (400).</summary>
    NotAllowedInCurrentState,
    /// <summary>The resource does not exist (404).</summary>
    NotFound,
    /// <summary>The operation does not exist (404).</summary>
    OperationNotFound,
    /// <summary>The resource is busy with another operation (500 on /api, 400 on /rest).</summary>
    ResourceBusy,
    /// <summary>The resource is in use by another, so it cannot be changed or deleted (400).</summary>
    ResourceInUse,
    /// <summary>A resource the operation needs cannot be reached (500 on /api, 400 on /rest).</summary>
    ResourceInaccessible,
    /// <summary>The service is temporarily unavailable, e.g. still starting (503).</summary>
    ServiceUnavailable,
    /// <summary>The operation timed out on the server (500 on /api, 504 on /rest).</summary>
    TimedOut,
    /// <summary>The server could not allocate a resource the operation needs (500 on /api, 400 on /rest).</summary>
    UnableToAllocateResource,
    /// <summary>No valid session, or wrong credentials (401).</summary>
    Unauthenticated,
    /// <summary>Authenticated but lacking the privilege or role the operation needs (403).</summary>
    Unauthorized,
    /// <summary>The request carries input the operation does not take (400).</summary>
    UnexpectedInput,
    /// <summary>The operation is not supported here, e.g. canceling a task that is not cancelable (400).</summary>
    Unsupported,
    /// <summary>The identity or certificate of a peer could not be verified (400).</summary>
    UnverifiedPeer,
}
