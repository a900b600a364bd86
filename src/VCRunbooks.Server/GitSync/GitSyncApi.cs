using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using VCRunbooks.Engine;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.GitSync.Git;
using VCRunbooks.Server.Runbooks;
using VCRunbooks.Server.Secrets;

namespace VCRunbooks.Server.GitSync;

/// <summary>
/// /api/git: the sync's status (viewer), a sync now (author), the push webhook (signed with the webhook secret), and
/// drafts as files to commit or as pushed branches (author).
/// </summary>
internal static class GitSyncApi
{
    /// <summary>Push payloads with many commits run to a few hundred KB; a bigger body is not a push event.</summary>
    private const int MaxWebhookBytes = 4 * 1024 * 1024;

    public static IEndpointRouteBuilder MapGitSyncApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/git").WithTags("Git");
        var drafts = group.MapGroup("/drafts/{id}").AddEndpointFilter(CheckDraftId);

        group.MapGet("/status", async (GitSyncService sync, CancellationToken cancellationToken) => TypedResults.Ok(await sync.CurrentStatusAsync(cancellationToken)))
            .WithName("GetGitStatus").WithSummary("The commit published, the last sync's time and result, and each file's state and errors.")
            .RequireAuthorization(Policies.Viewer);

        // Without a repository configured there is nothing to fetch: the answer is the status saying so.
        group.MapPost("/sync", async (GitSyncService sync, CancellationToken cancellationToken) =>
                TypedResults.Ok(sync.Options.Enabled ? await sync.SyncAsync(cancellationToken) : sync.Status))
            .WithName("SyncGit").WithSummary("Fetches the branch and publishes what changed now; answers the new status.")
            .RequireAuthorization(Policies.Author);

        group.MapPost("/webhook", WebhookAsync)
            .WithName("GitWebhook").WithSummary("Push webhook (GitHub, GitLab, Gitea): verified with the webhook secret, then a sync is started.")
            .AllowAnonymous();

        drafts.MapGet("/file", async Task<Results<FileContentHttpResult, ProblemHttpResult>> (string id, DraftStore drafts, GitDrafts git, HttpResponse response, CancellationToken cancellationToken) =>
            {
                if (await drafts.FindAsync(id, cancellationToken) is not { } draft)
                {
                    return NoDraft(id);
                }

                var path = git.PathOf(id);
                response.Headers["X-Repository-Path"] = path;
                return TypedResults.File(GitDrafts.FileOf(draft), "application/json", System.IO.Path.GetFileName(path));
            })
            .WithName("GetDraftFile").WithSummary("The draft as the file to commit (indented JSON); X-Repository-Path says where it goes.")
            .RequireAuthorization(Policies.Author);

        drafts.MapPost("/push", PushDraftAsync)
            .WithName("PushDraft").WithSummary("Pushes the draft to the remote as a new branch with one commit, for review (Runbooks:Git:AllowPush).")
            .RequireAuthorization(Policies.Author);

        return endpoints;
    }

    private static async Task<Results<Ok<DraftPushResponse>, ProblemHttpResult>> PushDraftAsync(
        string id, HttpContext context, DraftStore drafts, IRunbookEngine engine, GitSyncService sync, GitDrafts git, CancellationToken cancellationToken)
    {
        if (!sync.Options.Enabled)
        {
            return NotEnabled();
        }

        if (!sync.Options.AllowPush)
        {
            return TypedResults.Problem("This server may not push to the repository: set Runbooks:Git:AllowPush=true, or commit the file from GET /api/git/drafts/{id}/file yourself.",
                statusCode: StatusCodes.Status403Forbidden, title: "Push not allowed");
        }

        if (await drafts.FindAsync(id, cancellationToken) is not { } draft)
        {
            return NoDraft(id);
        }

        if (engine.Validate(draft) is { Count: > 0 } errors)
        {
            return TypedResults.Problem($"The draft of '{id}' is not valid, so it is not pushed: {string.Join("; ", errors)}", statusCode: StatusCodes.Status400BadRequest, title: "Invalid draft");
        }

        try
        {
            return TypedResults.Ok(await git.PushAsync(draft, context.User.Identity?.Name ?? "unknown", cancellationToken));
        }
        catch (GitCommandException ex)
        {
            return TypedResults.Problem(ex.Message, statusCode: StatusCodes.Status502BadGateway, title: "Push failed");
        }
    }

    /// <summary>The id names a draft file: it follows the runbook id rule or the request is 400.</summary>
    private static async ValueTask<object?> CheckDraftId(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        context.HttpContext.Request.RouteValues.TryGetValue("id", out var value) && Engine.Definitions.RunbookLimits.CheckId(value as string) is { } error
            ? TypedResults.Problem($"The runbook id in the URL is not valid: {error}.", statusCode: StatusCodes.Status400BadRequest, title: "Invalid runbook id")
            : await next(context);

    private static ProblemHttpResult NoDraft(string id) =>
        TypedResults.Problem($"No draft of runbook '{id}'; save one with PUT /api/runbooks/{id}/draft.", statusCode: StatusCodes.Status404NotFound, title: "Draft not found");

    private static async Task<Results<Accepted<WebhookResponse>, Ok<WebhookResponse>, ProblemHttpResult>> WebhookAsync(
        HttpRequest request, GitSyncService sync, SecretStore secrets, CancellationToken cancellationToken)
    {
        if (!sync.Options.Enabled)
        {
            return NotEnabled();
        }

        if (sync.Options.WebhookSecret is not { Length: > 0 } secretName)
        {
            return TypedResults.Problem("Webhooks are refused: set Runbooks:Git:WebhookSecret to the name of the secret the webhook is signed with.",
                statusCode: StatusCodes.Status403Forbidden, title: "Webhook not enabled");
        }

        if (request.ContentLength > MaxWebhookBytes)
        {
            return TypedResults.Problem($"A webhook body is at most {MaxWebhookBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var body = await ReadAsync(request, cancellationToken);
        if (body is null)
        {
            return TypedResults.Problem($"A webhook body is at most {MaxWebhookBytes} bytes.", statusCode: StatusCodes.Status413PayloadTooLarge);
        }

        var secret = await secrets.RevealAsync(secretName, cancellationToken);
        if (secret is null)
        {
            return TypedResults.Problem($"Runbooks:Git:WebhookSecret names the secret '{secretName}', which does not exist.", statusCode: StatusCodes.Status403Forbidden, title: "Webhook not enabled");
        }

        if (GitWebhookSignature.Verify(request.Headers, body, secret, out var problem) is not { } provider)
        {
            return TypedResults.Problem($"The webhook was not accepted: {problem}.", statusCode: StatusCodes.Status401Unauthorized, title: "Bad webhook signature");
        }

        var eventName = request.Headers["X-GitHub-Event"].ToString() is { Length: > 0 } gh ? gh
            : request.Headers["X-Gitea-Event"].ToString() is { Length: > 0 } gt ? gt : request.Headers["X-Gitlab-Event"].ToString();
        if (eventName == "ping")
        {
            return TypedResults.Ok(new WebhookResponse(provider, "pong", null));
        }

        var branchRef = "refs/heads/" + sync.Options.Branch;
        if (PushedRef(body) is { } pushed && pushed != branchRef)
        {
            return TypedResults.Ok(new WebhookResponse(provider, "ignored", $"the push was to {pushed}; runbooks come from {branchRef}"));
        }

        sync.RequestSync();
        return TypedResults.Accepted("/api/git/status", new WebhookResponse(provider, "sync requested", null));
    }

    private static async Task<byte[]?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxWebhookBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>The "ref" of a push payload (all three providers send it), or null when the body has none.</summary>
    private static string? PushedRef(byte[] body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            return document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty("ref", out var value) && value.ValueKind == JsonValueKind.String
                ? value.GetString()
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static ProblemHttpResult NotEnabled() =>
        TypedResults.Problem("Runbooks do not come from git on this server: set Runbooks:Git:Url.", statusCode: StatusCodes.Status404NotFound, title: "Git sync not configured");
}
