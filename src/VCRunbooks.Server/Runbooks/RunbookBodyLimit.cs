using Microsoft.AspNetCore.Http.Features;

namespace VCRunbooks.Server.Runbooks;

/// <summary>
/// Runbook requests (drafts, validation) take at most <see cref="MaxBytes"/>: a bigger body is refused with 413
/// before it is read, and a chunked one is cut off by the server at the limit.
/// </summary>
internal static class RunbookBodyLimit
{
    /// <summary>4 MB: a runbook at the activity limit (2,000) is well under 2 MB.</summary>
    public const long MaxBytes = 4L * 1024 * 1024;

    public static IApplicationBuilder UseRunbookBodyLimit(this IApplicationBuilder app) =>
        app.UseWhen(c => c.Request.Path.StartsWithSegments("/api/runbooks", StringComparison.OrdinalIgnoreCase), branch => branch.Use(async (context, next) =>
        {
            if (context.Request.ContentLength > MaxBytes)
            {
                await Results.Problem(
                    $"The request body is {context.Request.ContentLength} bytes; runbook requests take at most {MaxBytes} bytes (4 MB).",
                    statusCode: StatusCodes.Status413PayloadTooLarge, title: "Request body too large").ExecuteAsync(context);
                return;
            }

            if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
            {
                limit.MaxRequestBodySize = MaxBytes;
            }

            await next(context);
        }));
}
