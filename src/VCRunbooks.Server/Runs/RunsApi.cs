using Microsoft.AspNetCore.Http.HttpResults;
using VCRunbooks.Engine;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Runs;
using VCRunbooks.Server.Auth;

namespace VCRunbooks.Server.Runs;

/// <summary>/api/runs: start, list, inspect, cancel, retry and upgrade runs. Reading needs viewer, steering operator.</summary>
internal static class RunsApi
{
    /// <summary>Most runs one list answers.</summary>
    public const int MaxTake = 1000;

    public static IEndpointRouteBuilder MapRunsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/runs").WithTags("Runs");

        group.MapPost("/", async Task<Results<Accepted<RunSummary>, ValidationProblem>> (StartRunRequest request, IRunbookEngine engine, CancellationToken cancellationToken) =>
            {
                if (string.IsNullOrWhiteSpace(request.Runbook))
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["runbook"] = ["runbook is required (the id of a published runbook)."] });
                }
                var run = await engine.StartRunAsync(request.Runbook, request.Inputs, request.IdempotencyKey, request.Version, cancellationToken);
                return TypedResults.Accepted($"/api/runs/{run.Id}", run);
            })
            .WithName("StartRun").WithSummary("Starts a run with inputs; answers at once, the run goes on in the background.").RequireAuthorization(Policies.Operator);

        group.MapGet("/", async Task<Results<Ok<IReadOnlyList<RunSummary>>, ValidationProblem>> (string? runbook, string? status, string? target, string? parent, int? skip, int? take, IRunbookEngine engine, CancellationToken cancellationToken) =>
            {
                var errors = new Dictionary<string, string[]>();
                RunStatus? parsed = null;
                if (status is not null)
                {
                    if (Enum.TryParse<RunStatus>(status, ignoreCase: true, out var s) && Enum.IsDefined(s) && status.All(char.IsAsciiLetter))
                    {
                        parsed = s;
                    }
                    else
                    {
                        errors["status"] = [$"status must be one of {string.Join(", ", Enum.GetNames<RunStatus>())}."];
                    }
                }
                if (runbook is not null && RunbookLimits.CheckId(runbook) is { } idError)
                {
                    errors["runbook"] = [$"runbook: {idError}."];
                }
                if (target is not null && !Targets.TargetRules.Name().IsMatch(target))
                {
                    errors["target"] = [$"target {Targets.TargetRules.NameRule}."];
                }
                if (parent is not null && (parent.Length is 0 or > 200 || parent.Any(char.IsControl)))
                {
                    errors["parent"] = ["parent must be a run id (1-200 characters)."];
                }
                if (skip is < 0)
                {
                    errors["skip"] = ["skip must be 0 or more."];
                }
                if (take is < 1 or > MaxTake)
                {
                    errors["take"] = [$"take must be 1 to {MaxTake}."];
                }
                return errors.Count > 0
                    ? TypedResults.ValidationProblem(errors, title: "The run query is not valid.")
                    : TypedResults.Ok(await engine.ListRunsAsync(new RunQuery { DefinitionId = runbook, Status = parsed, Target = target, ParentRunId = parent, Skip = skip ?? 0, Take = take ?? 100 }, cancellationToken));
            })
            .WithName("ListRuns").WithSummary("Lists runs, newest first, by runbook, status, target and parent run (parent: the child runs of that run).").RequireAuthorization(Policies.Viewer);

        group.MapGet("/{id}", async Task<Results<Ok<RunDetails>, ProblemHttpResult>> (string id, IRunbookEngine engine, CancellationToken cancellationToken) =>
                await engine.GetRunAsync(id, cancellationToken) is { } run ? TypedResults.Ok(run) : NotFound(id))
            .WithName("GetRun").WithSummary("Gets a run: status, inputs, variables, outputs and what it waits on.").RequireAuthorization(Policies.Viewer);

        group.MapGet("/{id}/journal", async Task<Results<Ok<IReadOnlyList<JournalEntry>>, ProblemHttpResult>> (string id, long? after, IRunbookEngine engine, CancellationToken cancellationToken) =>
                await engine.GetRunAsync(id, cancellationToken) is null ? NotFound(id) : TypedResults.Ok(await engine.GetJournalAsync(id, after ?? 0, cancellationToken)))
            .WithName("GetRunJournal").WithSummary("Gets a run's journal lines after a sequence number.").RequireAuthorization(Policies.Viewer);

        group.MapPost("/{id}/cancel", async Task<Results<NoContent, ProblemHttpResult>> (string id, IRunbookEngine engine, CancellationToken cancellationToken) =>
                await engine.CancelAsync(id, cancellationToken) ? TypedResults.NoContent()
                    : TypedResults.Problem($"Run '{id}' has already finished.", statusCode: StatusCodes.Status409Conflict, title: "Run finished"))
            .WithName("CancelRun").WithSummary("Cancels a run and its child runs.").RequireAuthorization(Policies.Operator);

        group.MapPost("/{id}/retry", async (string id, IRunbookEngine engine, CancellationToken cancellationToken) =>
            {
                await engine.RetryAsync(id, cancellationToken);
                return TypedResults.Accepted($"/api/runs/{id}");
            })
            .WithName("RetryRun").WithSummary("Retries a faulted run from its failed step.").RequireAuthorization(Policies.Operator);

        // Steering a run onto code an author already published is an operator's call, like cancel and retry.
        group.MapPost("/{id}/upgrade", async Task<Results<Ok<RunDetails>, ValidationProblem, ProblemHttpResult>> (string id, UpgradeRunRequest request, IRunbookEngine engine, CancellationToken cancellationToken) =>
            {
                if (request.Version is not > 0)
                {
                    return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["version"] = ["version is required: the published version to move the run to (1 or more)."] });
                }
                await engine.UpgradeRunAsync(id, request.Version.Value, cancellationToken);
                return await engine.GetRunAsync(id, cancellationToken) is { } run ? TypedResults.Ok(run) : NotFound(id);
            })
            .WithName("UpgradeRun")
            .WithSummary("Moves a waiting script run to another published version; its next replay checks the recorded calls against the new code.")
            .WithDescription("404 for an unknown run or version, 409 when the run is not waiting or already on that version, 400 when the runbook is not a script. A change to calls the run already made faults it at its next pass as a non-deterministic change naming the line.")
            .RequireAuthorization(Policies.Operator);

        return endpoints;
    }

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem($"No run '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Run not found");
}
