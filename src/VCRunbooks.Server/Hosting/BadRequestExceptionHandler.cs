using Microsoft.AspNetCore.Diagnostics;
using VCRunbooks.Engine.Definitions;

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
        var context = new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails =
            {
                Status = bad.StatusCode,
                Title = "The request could not be read.",
                Detail = bad.InnerException is { } inner and not System.Text.Json.JsonException ? $"{bad.Message} {inner.Message}" : bad.Message,
            },
        };
        if (bad.InnerException is System.Text.Json.JsonException json)
        {
            // The field, the rule and the position, not a .NET type name.
            var (path, reason) = JsonErrorText.Describe(json);
            var field = path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : path;
            context.ProblemDetails.Detail = $"The request body is not valid: {path} {reason}.";
            context.ProblemDetails.Extensions["errors"] = new Dictionary<string, string[]> { [field] = [$"{field} {reason}."] };
        }

        return await problems.TryWriteAsync(context);
    }
}
