using Flurl.Http;
using Microsoft.Extensions.Logging;
using VCRunbooks.VCenter.Client.Logging;

namespace VCRunbooks.VCenter.Client.Connection;

/// <summary>The HTTP stack of one target: TLS validation as the target asks, logging, its timeout.</summary>
internal static class HttpClientBuilder
{
    public static IFlurlClient Build(VCenterTarget target, ILogger logger, Func<HttpMessageHandler, HttpMessageHandler>? wrap = null)
    {
        var sockets = new SocketsHttpHandler
        {
            // Sessions travel in a header; a cookie jar would share a /rest session between calls unasked.
            UseCookies = false,
            AllowAutoRedirect = false,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = target.Timeout < TimeSpan.FromSeconds(30) && target.Timeout > TimeSpan.Zero ? target.Timeout : TimeSpan.FromSeconds(30),
            SslOptions = { RemoteCertificateValidationCallback = Thumbprints.Validator(target) },
        };
        var http = new HttpClient(new RequestLoggingHandler(logger, wrap?.Invoke(sockets) ?? sockets)) { Timeout = Timeout.InfiniteTimeSpan };
        var flurl = new FlurlClient(http);
        // Flurl enforces the per-target timeout so it can tell a timeout from a caller's cancellation.
        flurl.Settings.Timeout = target.Timeout == Timeout.InfiniteTimeSpan ? null : target.Timeout;
        return flurl;
    }
}
