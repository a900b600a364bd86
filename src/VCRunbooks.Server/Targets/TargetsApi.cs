using Microsoft.AspNetCore.Http.HttpResults;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Secrets;
using VCRunbooks.Server.Targets.Live;

namespace VCRunbooks.Server.Targets;

/// <summary>/api/targets: the vCenters runbooks act on. Reading needs viewer, writing admin.</summary>
internal static class TargetsApi
{
    public static IEndpointRouteBuilder MapTargetsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/targets").WithTags("Targets");

        group.MapGet("/", async Task<Results<Ok<IEnumerable<TargetResponse>>, ValidationProblem>> (string? tag, TargetStore store, CancellationToken cancellationToken) =>
                tag is not null && TargetRules.TagError(tag) is { } error
                    ? TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["tag"] = [$"tag {error}."] })
                    : TypedResults.Ok((await store.ListAsync(tag, cancellationToken)).Select(TargetResponse.Of)))
            .WithName("ListTargets").WithSummary("Lists targets, optionally only those with a tag.")
            .RequireAuthorization(Policies.Viewer);

        group.MapGet("/{name}", async Task<Results<Ok<TargetResponse>, ProblemHttpResult>> (string name, TargetStore store, CancellationToken cancellationToken) =>
                await store.FindAsync(name, cancellationToken) is { } target
                    ? TypedResults.Ok(TargetResponse.Of(target))
                    : NotFound(name))
            .WithName("GetTarget").WithSummary("Gets one target.")
            .RequireAuthorization(Policies.Viewer);

        group.MapGet("/{name}/live", async Task<Results<Ok<LiveContext>, ProblemHttpResult>> (string name, LiveContextReader reader, CancellationToken cancellationToken) =>
                await reader.ReadAsync(name, cancellationToken) is { } live ? TypedResults.Ok(live) : NotFound(name))
            .WithName("GetTargetLive")
            .WithSummary("The target's live state (version, health, pending updates, a running job), read-only with its stored credentials; cached 10 s per target. status says whether it could be read.")
            .RequireAuthorization(Policies.Viewer);

        group.MapPut("/{name}", PutAsync)
            .WithName("PutTarget").WithSummary("Creates or replaces a target; secret references must name existing secrets.")
            .RequireAuthorization(Policies.Admin);

        group.MapDelete("/{name}", async Task<Results<NoContent, ProblemHttpResult>> (string name, TargetStore store, CancellationToken cancellationToken) =>
                await store.DeleteAsync(name, cancellationToken) ? TypedResults.NoContent() : NotFound(name))
            .WithName("DeleteTarget").WithSummary("Deletes a target.")
            .RequireAuthorization(Policies.Admin);

        return endpoints;
    }

    private static async Task<Results<Created<TargetResponse>, Ok<TargetResponse>, ValidationProblem>> PutAsync(
        string name, TargetRequest request, TargetStore store, SecretStore secrets, CancellationToken cancellationToken)
    {
        var errors = TargetRules.Validate(name, request);
        foreach (var (field, secretName) in new[] { ("ssoPasswordSecret", request.SsoPasswordSecret), ("rootPasswordSecret", request.RootPasswordSecret) })
        {
            if (secretName is not null && !await secrets.ExistsAsync(secretName, cancellationToken))
            {
                errors[field] = [$"no secret named '{secretName}'; create it with PUT /api/secrets/{secretName} first."];
            }
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The target is not valid.");
        }
        var (target, created) = await store.UpsertAsync(name, request, cancellationToken);
        var response = TargetResponse.Of(target);
        return created ? TypedResults.Created($"/api/targets/{name}", response) : TypedResults.Ok(response);
    }

    private static ProblemHttpResult NotFound(string name) =>
        TypedResults.Problem($"No target named '{name}'.", statusCode: StatusCodes.Status404NotFound, title: "Target not found");
}
