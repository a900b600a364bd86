using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using VCRunbooks.Engine;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Scripts;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Hosting;

namespace VCRunbooks.Server.Runbooks;

/// <summary>/api/runbooks: published versions (viewer), drafts, validation, publishing and export (author).</summary>
internal static class RunbooksApi
{
    /// <summary>Exported files are indented so reviews in git read well.</summary>
    private static readonly System.Text.Json.JsonSerializerOptions Indented = new(RunbookJson.Options) { WriteIndented = true };

    public static IEndpointRouteBuilder MapRunbooksApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/runbooks").WithTags("Runbooks").AddEndpointFilter(CheckRouteId);

        group.MapGet("/", async (IRunbookEngine engine, CancellationToken cancellationToken) =>
                (await engine.ListDefinitionsAsync(cancellationToken)).GroupBy(d => d.Id).Select(g => g.MaxBy(d => d.Version)!))
            .WithName("ListRunbooks").WithSummary("Lists runbooks with their latest published version.").RequireAuthorization(Policies.Viewer);

        group.MapGet("/{id}", async Task<Results<Ok<RunbookDefinition>, ProblemHttpResult>> (string id, int? version, IRunbookEngine engine, CancellationToken cancellationToken) =>
                await engine.GetDefinitionAsync(id, version, cancellationToken) is { } definition ? TypedResults.Ok(definition) : NotFound(id, version))
            .WithName("GetRunbook").WithSummary("Gets the latest (or a given) published version.").RequireAuthorization(Policies.Viewer);

        group.MapGet("/{id}/versions", async (string id, IRunbookEngine engine, CancellationToken cancellationToken) =>
                (await engine.ListDefinitionsAsync(cancellationToken)).Where(d => d.Id == id).OrderBy(d => d.Version))
            .WithName("ListRunbookVersions").WithSummary("Lists the published versions of a runbook.").RequireAuthorization(Policies.Viewer);

        group.MapPost("/validate", (JsonNode body, IRunbookEngine engine) =>
            {
                RunbookDefinition definition;
                try
                {
                    definition = Parse(body);
                }
                catch (RunbookValidationException ex)
                {
                    return TypedResults.Ok(new ValidationResponse(false, ex.Errors));
                }
                var errors = engine.Validate(definition);
                return TypedResults.Ok(new ValidationResponse(errors.Count == 0, errors));
            })
            .WithName("ValidateRunbook").WithSummary("Validates a definition: schema, graph and C# expressions, with paths.").RequireAuthorization(Policies.Author);

        group.MapGet("/{id}/draft", async Task<Results<Ok<RunbookDefinition>, ProblemHttpResult>> (string id, DraftStore drafts, CancellationToken cancellationToken) =>
                await drafts.FindAsync(id, cancellationToken) is { } draft ? TypedResults.Ok(draft)
                    : TypedResults.Problem($"No draft of runbook '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Draft not found"))
            .WithName("GetRunbookDraft").WithSummary("Gets the saved draft of a runbook.").RequireAuthorization(Policies.Author);

        group.MapPut("/{id}/draft", async Task<Results<Ok<ValidationResponse>, ProblemHttpResult>> (string id, JsonNode body, DraftStore drafts, IRunbookEngine engine, CancellationToken cancellationToken) =>
            {
                var draft = Parse(body);
                if (draft.Id != id)
                {
                    return TypedResults.Problem($"The body's id '{draft.Id}' differs from the URL's '{id}'.", statusCode: StatusCodes.Status400BadRequest);
                }
                await drafts.SaveAsync(draft, cancellationToken);
                var errors = engine.Validate(draft);
                return TypedResults.Ok(new ValidationResponse(errors.Count == 0, errors));
            })
            .WithName("SaveRunbookDraft").WithSummary("Saves a draft (it may be invalid); answers its validation.").RequireAuthorization(Policies.Author);

        group.MapPost("/{id}/publish", async Task<Results<Created<RunbookDefinition>, ProblemHttpResult>> (string id, DraftStore drafts, IRunbookEngine engine, CancellationToken cancellationToken) =>
            {
                if (await drafts.FindAsync(id, cancellationToken) is not { } draft)
                {
                    return TypedResults.Problem($"No draft of runbook '{id}' to publish; save one with PUT /api/runbooks/{id}/draft.", statusCode: StatusCodes.Status404NotFound);
                }
                var published = await engine.PublishAsync(draft with { Version = 0 }, cancellationToken);
                drafts.Delete(id);
                return TypedResults.Created($"/api/runbooks/{id}?version={published.Version}", published);
            })
            .WithName("PublishRunbook").WithSummary("Publishes the draft as the next immutable version.").RequireAuthorization(Policies.Author);

        group.MapPost("/{id}/export", async Task<Results<Ok<ExportResponse>, FileContentHttpResult, ProblemHttpResult>> (string id, IRunbookEngine engine, IOptions<ServerOptions> options,
                IOptions<GitSync.GitSyncOptions> git, GitSync.GitDrafts gitDrafts, HttpResponse response, CancellationToken cancellationToken) =>
            {
                if (await engine.GetDefinitionAsync(id, cancellationToken: cancellationToken) is not { } definition)
                {
                    return NotFound(id, null);
                }
                if (git.Value.Enabled)
                {
                    // Git is the source: the folder is not read, and the file belongs in the repository. Download it to commit.
                    var repositoryPath = gitDrafts.PathOf(id);
                    response.Headers["X-Repository-Path"] = repositoryPath;
                    response.Headers["X-Git-Source"] = git.Value.Describe();
                    return TypedResults.File(GitSync.GitDrafts.FileOf(definition), "application/json", Path.GetFileName(repositoryPath));
                }
                var folder = Directory.CreateDirectory(ServerPaths.Resolve(options.Value.RunbooksPath)).FullName;
                var path = Path.Combine(folder, id + ".json");
                await File.WriteAllTextAsync(path, System.Text.Json.JsonSerializer.Serialize(definition with { Version = 0 }, Indented) + "\n", cancellationToken);
                return TypedResults.Ok(new ExportResponse(id, definition.Version, path));
            })
            .WithName("ExportRunbook").WithSummary("Writes the latest published version to the runbooks/ folder for review in git; with a git source, answers the file to commit instead (X-Repository-Path says where).").RequireAuthorization(Policies.Author);

        endpoints.MapGet("/api/drafts", async (DraftStore drafts, CancellationToken cancellationToken) => await drafts.ListAsync(cancellationToken))
            .WithTags("Runbooks").WithName("ListRunbookDrafts").WithSummary("Lists saved drafts, published or not yet.").RequireAuthorization(Policies.Author);

        return endpoints;
    }

    /// <summary>A runbook id in the URL follows the id rule, or the request is 400 naming it (it also names a draft's file).</summary>
    private static async ValueTask<object?> CheckRouteId(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (context.HttpContext.Request.RouteValues.TryGetValue("id", out var value) && RunbookLimits.CheckId(value as string) is { } error)
        {
            var shown = value as string ?? string.Empty;
            return TypedResults.Problem($"The runbook id in the URL ('{(shown.Length > 40 ? shown[..40] + "…" : shown)}', {shown.Length} characters) is not valid: {error}.",
                statusCode: StatusCodes.Status400BadRequest, title: "Invalid runbook id");
        }

        return await next(context);
    }

    /// <summary>
    /// Definitions are read with the runbook file rules (unknown members rejected), errors naming the JSON path. A script
    /// runbook (<c>{"script": {"file": "runbooks/x.csx", "code": "..."}}</c>) is read from its code: header and inputs
    /// come from the script, its errors are <c>file:line:col</c>.
    /// </summary>
    private static RunbookDefinition Parse(JsonNode body)
    {
        if (JsonErrorText.FindUnreadableString(body) is { } path)
        {
            throw new RunbookValidationException([new ValidationError(path, RunbookJson.LoneSurrogate)]);
        }

        if (body is JsonObject { } root && root["script"] is JsonObject script)
        {
            var code = script["code"] is JsonValue c && c.TryGetValue<string>(out var text) ? text
                : throw new RunbookValidationException([new ValidationError("$.script.code", "the script's code is required (a string)")]);
            var file = script["file"] is JsonValue f && f.TryGetValue<string>(out var name) && name.Length > 0 ? name : "runbook.csx";
            return ScriptRunbook.Parse(file, code, script["commit"] is JsonValue s && s.TryGetValue<string>(out var commit) ? commit : null);
        }

        return RunbookJson.Parse(body.ToJsonString());
    }

    private static ProblemHttpResult NotFound(string id, int? version) =>
        TypedResults.Problem(version is null ? $"No published runbook '{id}'." : $"Runbook '{id}' has no version {version}.",
            statusCode: StatusCodes.Status404NotFound, title: "Runbook not found");
}
