using VCRunbooks.Engine.CodeGuard;
using VCRunbooks.Server.Auth;

namespace VCRunbooks.Server.Activities;

/// <summary>/api/expressions/surface: what a runbook expression may call, for the designer's completions.</summary>
internal static class ExpressionsApi
{
    public static IEndpointRouteBuilder MapExpressionsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/expressions/surface", () => CodeSurface.Expressions)
            .WithTags("Activities").WithName("GetExpressionSurface")
            .WithSummary("Lists the types and members C# expressions may use (the code guard's allowlist, less the members it refuses), and the C# type of each value type.")
            .RequireAuthorization(Policies.Viewer);
        return endpoints;
    }
}
