using Microsoft.AspNetCore.Diagnostics;

namespace VCRunbooks.Server.Hosting;

/// <summary>
/// A body or parameter the framework cannot read is the client's mistake: answer its status (400, 413, ...) with a
/// ProblemDetails that says what could not be read, never a 500.
/// </summary>
internal sealed class BadRequestExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad)
        {
            return false;
        }
        httpContext.Response.StatusCode = bad.StatusCode;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = bad.StatusCode,
                Title = "The request could not be read.",
                // The inner JSON error names the path and position of the bad value.
                Detail = bad.InnerException is { } inner ? $"{bad.Message} {inner.Message}" : bad.Message,
            },
        });
    }
}
