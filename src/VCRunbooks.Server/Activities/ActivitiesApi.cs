using VCRunbooks.Engine.Activities;
using VCRunbooks.Server.Auth;

namespace VCRunbooks.Server.Activities;

/// <summary>/api/activities: the activity catalog the designer builds runbooks from.</summary>
internal static class ActivitiesApi
{
    public static IEndpointRouteBuilder MapActivitiesApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/activities", (IActivityCatalog catalog) => catalog.All)
            .WithTags("Activities").WithName("ListActivities")
            .WithSummary("Lists every activity type with its inputs, outputs and outcomes.").RequireAuthorization(Policies.Viewer);
        return endpoints;
    }
}
