using Microsoft.AspNetCore.Diagnostics;
using VCRunbooks.Engine;
using VCRunbooks.Engine.Definitions;

namespace VCRunbooks.Server.Runs;

/// <summary>
/// The engine's caller errors (<see cref="EngineRequestException"/>) as ProblemDetails: an invalid runbook is 400 with
/// every path and reason, something missing 404, an argument the engine refuses 400, a state that does not allow the
/// action 409. Nothing else is mapped: any other exception is a fault and answers 500, never passing for a conflict.
/// </summary>
internal sealed class EngineExceptionHandler(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title) = exception switch
        {
            RunbookValidationException => (StatusCodes.Status400BadRequest, "The runbook is not valid."),
            EngineNotFoundException => (StatusCodes.Status404NotFound, "Not found."),
            EngineArgumentException => (StatusCodes.Status400BadRequest, "The request is not valid."),
            EngineConflictException => (StatusCodes.Status409Conflict, "Not possible in the current state."),
            _ => (0, ""),
        };
        if (status == 0)
        {
            return false;
        }
        httpContext.Response.StatusCode = status;
        var context = new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status, Title = title, Detail = exception is RunbookValidationException ? null : exception.Message },
        };
        if (exception is RunbookValidationException invalid)
        {
            context.ProblemDetails.Extensions["errors"] = invalid.Errors.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Reason).ToArray());
        }
        return await problems.TryWriteAsync(context);
    }
}
