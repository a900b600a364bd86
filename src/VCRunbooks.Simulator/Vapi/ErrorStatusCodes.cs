using VCRunbooks.VCenter.Errors;

namespace VCRunbooks.Simulator.Vapi;

/// <summary>HTTP status per vapi error type, as the real API's Swagger files give them (reference §1.3).</summary>
internal static class ErrorStatusCodes
{
    public static int Api(ErrorType type) => type switch
    {
        ErrorType.Unauthenticated => 401,
        ErrorType.Unauthorized => 403,
        ErrorType.NotFound or ErrorType.OperationNotFound => 404,
        ErrorType.ConcurrentChange => 409,
        ErrorType.ServiceUnavailable => 503,
        ErrorType.Error or ErrorType.InternalServerError or ErrorType.ResourceBusy or ErrorType.ResourceInaccessible
            or ErrorType.TimedOut or ErrorType.UnableToAllocateResource => 500,
        _ => 400,
    };

    public static int Rest(ErrorType type) => type switch
    {
        ErrorType.Unauthenticated => 401,
        ErrorType.Unauthorized => 403,
        ErrorType.NotFound or ErrorType.OperationNotFound => 404,
        ErrorType.ServiceUnavailable => 503,
        ErrorType.InternalServerError => 500,
        ErrorType.TimedOut => 504,
        _ => 400,
    };
}
