using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace VCRunbooks.VCenter.Client.Logging;

/// <summary>Logs every HTTP exchange with vCenter (method, URL, status, time), secrets redacted.</summary>
internal sealed partial class RequestLoggingHandler(ILogger logger, HttpMessageHandler inner) : DelegatingHandler(inner)
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (!logger.IsEnabled(LogLevel.Warning))
        {
            return await base.SendAsync(request, cancellationToken);
        }
        var url = request.RequestUri is { } uri ? SecretRedactor.RedactUrl(uri) : "";
        if (logger.IsEnabled(LogLevel.Trace))
        {
            var headers = string.Join("; ", request.Headers.Select(h => $"{h.Key}: {(SecretRedactor.IsSecretHeader(h.Key) ? SecretRedactor.Mask : string.Join(",", h.Value))}"));
            LogHeaders(logger, request.Method, url, headers);
        }
        if (request.Content is not null && logger.IsEnabled(LogLevel.Debug))
        {
            var body = SecretRedactor.RedactJson(await request.Content.ReadAsStringAsync(cancellationToken));
            LogRequestBody(logger, request.Method, url, body);
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            LogResponse(logger, request.Method, url, (int)response.StatusCode, elapsed);
            if (!response.IsSuccessStatusCode && logger.IsEnabled(LogLevel.Debug))
            {
                await response.Content.LoadIntoBufferAsync(cancellationToken);
                var body = SecretRedactor.RedactJson(await response.Content.ReadAsStringAsync(cancellationToken));
                LogErrorBody(logger, request.Method, url, body);
            }
            return response;
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException)
        {
            LogFailed(logger, request.Method, url, ex.GetType().Name, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Trace, Message = "vCenter {Method} {Url} headers {Headers}")]
    private static partial void LogHeaders(ILogger logger, HttpMethod method, string url, string headers);

    [LoggerMessage(Level = LogLevel.Debug, Message = "vCenter {Method} {Url} body {Body}")]
    private static partial void LogRequestBody(ILogger logger, HttpMethod method, string url, string body);

    [LoggerMessage(Level = LogLevel.Debug, Message = "vCenter {Method} {Url} answered {Status} in {ElapsedMs:0.0} ms")]
    private static partial void LogResponse(ILogger logger, HttpMethod method, string url, int status, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Debug, Message = "vCenter {Method} {Url} error body {Body}")]
    private static partial void LogErrorBody(ILogger logger, HttpMethod method, string url, string body);

    [LoggerMessage(Level = LogLevel.Warning, Message = "vCenter {Method} {Url} got no answer ({Failure}) after {ElapsedMs:0.0} ms")]
    private static partial void LogFailed(ILogger logger, HttpMethod method, string url, string failure, double elapsedMs);
}
