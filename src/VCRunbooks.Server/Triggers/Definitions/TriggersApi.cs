using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.GitSync;
using VCRunbooks.Server.Hosting;
using VCRunbooks.Server.Secrets;
using VCRunbooks.Server.Triggers.Chat;
using VCRunbooks.Server.Triggers.Storage;

namespace VCRunbooks.Server.Triggers.Definitions;

/// <summary>/api/triggers: webhooks, chat aliases and workspaces, schedules and calendars. Listing needs viewer, changing admin.</summary>
internal static class TriggersApi
{
    public static IEndpointRouteBuilder MapTriggersApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/triggers").WithTags("Triggers");

        group.MapGet("/", async (string? kind, TriggerStore store, CancellationToken cancellationToken) =>
            {
                var rows = await store.ListAsync(cancellationToken);
                return rows.Select(r => (Row: r, Parsed: TriggerJson.Parse(r.Body).Definition))
                    .Where(x => x.Parsed is not null && (kind is null || string.Equals(x.Parsed.Kind.ToString(), kind, StringComparison.OrdinalIgnoreCase)))
                    .Select(x => TriggerSummary.Of(x.Parsed!, x.Row.Origin, x.Row.UpdatedAtMs))
                    .ToList();
            })
            .WithName("ListTriggers").WithSummary("Lists triggers (optionally of one kind: webhook, alias, chat, schedule, calendar).").RequireAuthorization(Policies.Viewer);

        group.MapGet("/load-errors", (TriggerLoadReport report) => report.Files)
            .WithName("ListTriggerLoadErrors").WithSummary("Trigger files that did not load at start, each with its errors by field.").RequireAuthorization(Policies.Viewer);

        group.MapGet("/writebacks/{runId}", (string runId, WriteBack.WriteBackStore store, CancellationToken cancellationToken) => store.ListAsync(runId, cancellationToken))
            .WithName("ListRunWriteBacks").WithSummary("The write-backs made to a run's ticket (Jira, ServiceNow, PagerDuty): written or failed, attempts, error.").RequireAuthorization(Policies.Viewer);

        group.MapGet("/starts", async Task<Results<Ok<List<ChatStartSummary>>, ProblemHttpResult>> (string? status, int? take, ChatStartRequests requests, CancellationToken cancellationToken) =>
            {
                if (status is not null && !ChatStartStatus.All.Contains(status))
                {
                    return TypedResults.Problem($"Unknown status '{status}'; one of {string.Join(", ", ChatStartStatus.All)}.", statusCode: StatusCodes.Status400BadRequest, title: "Bad status");
                }
                var rows = await requests.ListAsync(status, Math.Clamp(take ?? 100, 1, 1000), cancellationToken);
                return TypedResults.Ok(rows.Select(ChatStartSummary.Of).ToList());
            })
            .WithName("ListChatStarts")
            .WithSummary("Runs chat commands asked for, newest first (status pending, started, waiting or failed): the run each started, or why it did not.")
            .RequireAuthorization(Policies.Viewer);

        group.MapGet("/{id}", async Task<Results<ContentHttpResult, ProblemHttpResult>> (string id, TriggerStore store, CancellationToken cancellationToken) =>
                (await store.ListAsync(cancellationToken)).FirstOrDefault(r => r.Id == id) is { } row
                    ? TypedResults.Text(row.Body, "application/json")
                    : NotFound(id))
            .WithName("GetTrigger").WithSummary("Gets a trigger definition as its file holds it (secrets appear by name only).").RequireAuthorization(Policies.Viewer);

        group.MapPut("/{id}", PutAsync)
            .WithName("PutTrigger").WithSummary("Creates or replaces a trigger: stored for every node and written to runbooks/triggers/{id}.json; 409 for a trigger a git source defines (change its file in git).")
            .RequireAuthorization(Policies.Admin);

        group.MapDelete("/{id}", async Task<Results<NoContent, ProblemHttpResult>> (string id, TriggerStore store, TriggerCatalog catalog, IOptions<ServerOptions> options,
                IOptions<GitSyncOptions> git, CancellationToken cancellationToken) =>
            {
                if (VCRunbooks.Engine.Definitions.RunbookLimits.CheckId(id) is not null)
                {
                    return NotFound(id);
                }
                if (await DefinedInGitAsync(id, store, git.Value, cancellationToken) is { } conflict)
                {
                    return conflict;
                }
                if (!await store.DeleteAsync(id, cancellationToken))
                {
                    return NotFound(id);
                }
                if (!git.Value.Enabled)
                {
                    File.Delete(FilePath(options.Value, id));
                }
                catalog.Invalidate();
                return TypedResults.NoContent();
            })
            .WithName("DeleteTrigger").WithSummary("Deletes a trigger and its file; 409 for a trigger a git source defines (delete its file in git).").RequireAuthorization(Policies.Admin);

        return endpoints;
    }

    private static async Task<Results<Created<TriggerSummary>, Ok<TriggerSummary>, ValidationProblem, ProblemHttpResult>> PutAsync(
        string id, JsonObject body, TriggerStore store, TriggerCatalog catalog, SecretStore secrets, IOptions<ServerOptions> options, IOptions<GitSyncOptions> git,
        CancellationToken cancellationToken)
    {
        if (VCRunbooks.Engine.Definitions.RunbookLimits.CheckId(id) is { } idError)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["id"] = [idError] }, title: "The trigger is not valid.");
        }
        if (await DefinedInGitAsync(id, store, git.Value, cancellationToken) is { } conflict)
        {
            return conflict;
        }
        body["id"] ??= id;
        var (definition, errors) = TriggerJson.Parse(body);
        var problems = errors.ToList();
        if (definition is not null && definition.Id != id)
        {
            problems.Add(new TriggerError("$.id", $"the body's id '{definition.Id}' differs from the URL's '{id}'"));
        }
        if (definition is not null)
        {
            foreach (var (field, name) in SecretReferences(definition))
            {
                if (!await secrets.ExistsAsync(name, cancellationToken))
                {
                    problems.Add(new TriggerError(field, $"no secret named '{name}'; create it with PUT /api/secrets/{name} first"));
                }
            }
        }
        if (problems.Count > 0)
        {
            return TypedResults.ValidationProblem(problems.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => e.Reason).ToArray()),
                title: "The trigger is not valid.");
        }
        var text = TriggerJson.Serialize(definition!);
        var origin = ApiOrigin;
        if (!git.Value.Enabled)
        {
            // The folder is read only without git; with git it would be a file nobody reads.
            Directory.CreateDirectory(TriggerLoader.Folder(options.Value));
            await File.WriteAllTextAsync(FilePath(options.Value, id), text + "\n", cancellationToken);
            origin = TriggerLoader.Origin(id + ".json");
        }
        var created = await store.UpsertAsync(id, definition!.Kind.ToString(), text, origin, cancellationToken);
        catalog.Invalidate();
        var row = (await store.ListAsync(cancellationToken)).First(r => r.Id == id);
        var summary = TriggerSummary.Of(definition, row.Origin, row.UpdatedAtMs);
        return created ? TypedResults.Created($"/api/triggers/{id}", summary) : TypedResults.Ok(summary);
    }

    /// <summary>Every secret a definition names, with the field naming it.</summary>
    internal static IEnumerable<(string Field, string Name)> SecretReferences(ITriggerDefinition definition)
    {
        switch (definition)
        {
            case WebhookTrigger w:
                foreach (var (field, name) in new[] { ("$.auth.secret", w.Auth.Secret), ("$.auth.previousSecret", w.Auth.PreviousSecret), ("$.auth.bearerToken", w.Auth.BearerToken), ("$.auth.basicPassword", w.Auth.BasicPassword), ("$.writeBack.credential", w.WriteBack?.Credential) })
                {
                    if (name is not null)
                    {
                        yield return (field, name);
                    }
                }
                break;
            case ChatWorkspace c:
                yield return ("$.signingSecret", c.SigningSecret);
                if (c.BotToken is not null)
                {
                    yield return ("$.botToken", c.BotToken);
                }
                break;
        }
    }

    /// <summary>Origin of a trigger made through the API while git is the source: git files do not replace or remove it.</summary>
    public const string ApiOrigin = "api";

    /// <summary>409 when the trigger comes from the git source: an API edit would be overwritten by the next sync.</summary>
    private static async Task<ProblemHttpResult?> DefinedInGitAsync(string id, TriggerStore store, GitSyncOptions git, CancellationToken cancellationToken)
    {
        if ((await store.ListAsync(cancellationToken)).FirstOrDefault(r => r.Id == id) is not { } row
            || !row.Origin.StartsWith(RunbookFiles.Triggers.TriggerFilePublisher.GitOrigin, StringComparison.Ordinal))
        {
            return null;
        }
        var file = row.Origin[RunbookFiles.Triggers.TriggerFilePublisher.GitOrigin.Length..];
        return TypedResults.Problem(
            $"Trigger '{id}' is defined in git ({git.Describe()}), file {file}: change or delete that file and push; the next sync applies it. An edit here would be overwritten.",
            statusCode: StatusCodes.Status409Conflict, title: "Trigger defined in git",
            extensions: new Dictionary<string, object?> { ["source"] = git.Describe(), ["file"] = file });
    }

    private static string FilePath(ServerOptions options, string id) => Path.Combine(TriggerLoader.Folder(options), id + ".json");

    private static ProblemHttpResult NotFound(string id) =>
        TypedResults.Problem($"No trigger '{id}'.", statusCode: StatusCodes.Status404NotFound, title: "Trigger not found");
}
