using System.Security.Claims;

namespace VCRunbooks.Server.Auth;

/// <summary>GET /api/me: who the caller is and their highest role, so a client (the web console) can follow it.</summary>
internal static class MeApi
{
    public static IEndpointRouteBuilder MapMeApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/me", (ClaimsPrincipal user) =>
                TypedResults.Ok(new MeResponse(user.Identity?.Name ?? "unknown", Roles.Ordered.Last(user.IsInRole))))
            .WithTags("Auth").WithName("GetMe").WithSummary("Tells the caller their name and highest role.")
            .RequireAuthorization(Policies.Viewer);
        return endpoints;
    }
}
