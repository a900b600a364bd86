using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using VCRunbooks.Server.Triggers.Definitions;
using VCRunbooks.Server.Triggers.Storage;
using VCRunbooks.Server.Triggers.Webhooks;

namespace VCRunbooks.Server.Triggers.Chat.Mattermost;

/// <summary>
/// <c>/chat/mattermost/commands</c> (slash commands, checked by their token) and <c>/chat/mattermost/actions</c>
/// (button clicks, checked by the HMAC in their context); the same aliases and answer rules as Slack.
/// </summary>
internal static partial class MattermostApi
{
    private const int MaxBody = 64 * 1024;

    public static IEndpointRouteBuilder MapMattermost(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/chat/mattermost").WithTags("Triggers").AllowAnonymous();
        group.MapPost("/commands", CommandAsync).WithName("MattermostCommand").WithSummary("A Mattermost slash command: help, or an alias that starts a runbook.");
        group.MapPost("/actions", ActionAsync).WithName("MattermostAction").WithSummary("A click on a question's answer button in Mattermost.");
        return endpoints;
    }

    private static async Task<IResult> CommandAsync(HttpContext context, TriggerCatalog catalog, TriggerSecrets secrets, ChatCommands commands, RunLinks links,
        MattermostGroups groups, TriggerMetrics metrics, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(MattermostApi));
        var (workspace, token, refused) = await WorkspaceAsync(catalog, secrets, metrics, logger, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }
        var body = await RawBody.ReadAsync(context.Request, MaxBody, cancellationToken);
        if (body is null)
        {
            return Refuse(logger, metrics, workspace!.Id, new Rejection(StatusCodes.Status413PayloadTooLarge, "too_large", $"Mattermost commands are at most {MaxBody} bytes"));
        }
        var form = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));
        var header = context.Request.Headers.Authorization.FirstOrDefault();
        var given = header?.StartsWith("Token ", StringComparison.Ordinal) == true ? header[6..] : (Field(form, "token") is { Length: > 0 } t ? t : null);
        if (!Signatures.TextMatches(token!, given))
        {
            return Refuse(logger, metrics, workspace!.Id, new Rejection(StatusCodes.Status401Unauthorized, given is null ? "missing_credentials" : "bad_credentials",
                given is null ? "the request carries no command token (Authorization: Token or the token field)" : "the command token is not the workspace's"));
        }
        links.Saw(context.Request);
        var user = await groups.UserAsync(workspace!, Field(form!, "user_id"), Field(form!, "user_name"), cancellationToken);
        var invocation = Field(form!, "trigger_id") is { Length: > 0 } trigger ? trigger : Guid.NewGuid().ToString("N");
        var result = await commands.HandleAsync(workspace!, user, Field(form!, "text"), Field(form!, "channel_id"), Field(form!, "response_url"), invocation, cancellationToken);
        return Results.Json(new JsonObject { ["response_type"] = result.Public ? "in_channel" : "ephemeral", ["text"] = result.Text });
    }

    private static async Task<IResult> ActionAsync(HttpContext context, TriggerCatalog catalog, TriggerSecrets secrets, ChatAnswers answers,
        MattermostGroups groups, TriggerMetrics metrics, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(MattermostApi));
        var (workspace, token, refused) = await WorkspaceAsync(catalog, secrets, metrics, logger, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }
        var body = await RawBody.ReadAsync(context.Request, MaxBody, cancellationToken);
        JsonObject? request = null;
        try
        {
            request = body is null ? null : JsonNode.Parse(body) as JsonObject;
        }
        catch (JsonException)
        {
            // Answered below as malformed.
        }
        var action = request?["context"];
        var questionId = action?["question"]?.GetValue<string>();
        var answer = action?["answer"]?.GetValue<string>();
        if (questionId is null || answer is null)
        {
            return Refuse(logger, metrics, workspace!.Id, new Rejection(StatusCodes.Status400BadRequest, "malformed", "the action's context must carry question, answer and signature"));
        }
        var expected = MattermostPoster.Sign(token!, questionId, answer);
        if (!Signatures.TextMatches(expected, action?["signature"]?.GetValue<string>()))
        {
            return Refuse(logger, metrics, workspace!.Id, new Rejection(StatusCodes.Status401Unauthorized, "bad_signature", "the action's context signature does not match its question and answer"));
        }
        var userId = request!["user_id"]?.GetValue<string>() ?? string.Empty;
        var user = await groups.UserAsync(workspace!, userId, request["user_name"]?.GetValue<string>() ?? userId, cancellationToken);
        var result = await answers.AnswerAsync(workspace!, "mattermost", user, questionId, answer, cancellationToken);
        return result.Kind == AnswerResult.Answered
            ? Results.Json(new JsonObject { ["update"] = new JsonObject { ["message"] = $"**{result.Question!.Text}**\n{result.Text}", ["props"] = new JsonObject() } })
            : Results.Json(new JsonObject { ["ephemeral_text"] = result.Text });
    }

    private static async Task<(ChatWorkspace? Workspace, string? Token, IResult? Refused)> WorkspaceAsync(
        TriggerCatalog catalog, TriggerSecrets secrets, TriggerMetrics metrics, ILogger logger, CancellationToken cancellationToken)
    {
        var workspace = (await catalog.GetAsync(cancellationToken)).Workspace(ChatPlatform.Mattermost);
        if (workspace is null)
        {
            return (null, null, Refuse(logger, metrics, "mattermost", new Rejection(StatusCodes.Status404NotFound, "unknown_endpoint", "no Mattermost workspace is defined (a kind: chat file with platform mattermost)")));
        }
        return await secrets.RevealAsync(workspace.SigningSecret, cancellationToken) is { } token
            ? (workspace, token, null)
            : (null, null, Refuse(logger, metrics, workspace.Id, new Rejection(StatusCodes.Status500InternalServerError, "secret_missing", $"the workspace's command token secret '{workspace.SigningSecret}' is not in the secret store")));
    }

    private static IResult Refuse(ILogger logger, TriggerMetrics metrics, string workspace, Rejection rejection)
    {
        metrics.Rejected(workspace, rejection.Code);
        LogRejected(logger, workspace, rejection.Status, rejection.Code, rejection.Detail);
        return Results.Problem(rejection.Detail, statusCode: rejection.Status, title: "Mattermost request refused", extensions: new Dictionary<string, object?> { ["reason"] = rejection.Code });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mattermost request for {Workspace} refused with {Status} {Reason}: {Detail}")]
    private static partial void LogRejected(ILogger logger, string workspace, int status, string reason, string detail);

    private static string Field(Dictionary<string, Microsoft.Extensions.Primitives.StringValues> form, string name) =>
        form.TryGetValue(name, out var value) ? value.ToString() : string.Empty;
}
