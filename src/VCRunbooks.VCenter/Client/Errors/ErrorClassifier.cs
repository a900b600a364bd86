using System.Net;
using VCRunbooks.VCenter.Errors;

namespace VCRunbooks.VCenter.Client.Errors;

/// <summary>Tells transient failures (try again later) from permanent ones.</summary>
internal static class ErrorClassifier
{
    public static bool IsTransient(ErrorType? type, HttpStatusCode status) => type switch
    {
        ErrorType.ServiceUnavailable or ErrorType.ResourceBusy or ErrorType.TimedOut => true,
        // Without an envelope, the status alone decides: gateways and unavailable proxies are transient.
        null => status is HttpStatusCode.ServiceUnavailable or HttpStatusCode.BadGateway or HttpStatusCode.GatewayTimeout,
        _ => false,
    };
}
