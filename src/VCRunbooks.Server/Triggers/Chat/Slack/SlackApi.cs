using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using VCRunbooks.Server.Triggers.Definitions;
using VCRunbooks.Server.Triggers.Storage;
using VCRunbooks.Server.Triggers.Webhooks;

namespace VCRunbooks.Server.Triggers.Chat.Slack;

/// <summary>
/// <c>/chat/slack/commands</c> (slash commands) and <c>/chat/slack/interactions</c> (button clicks): verified by
/// Slack's v0 signature, answered at once; runs and answers go on in the background.
/// </summary>
internal static partial class SlackApi
{
    private const int MaxBody = 64 * 1024;

    public static IEndpointRouteBuilder MapSlack(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/chat/slack").WithTags("Triggers").AllowAnonymous();
        group.MapPost("/commands", CommandAsync).WithName("SlackCommand").WithSummary("A Slack slash command: help, or an alias that starts a runbook.");
        group.MapPost("/interactions", InteractionAsync).WithName("SlackInteraction").WithSummary("A click on a question's answer button in Slack.");
        return endpoints;
    }

    private static async Task<IResult> CommandAsync(HttpContext context, TriggerCatalog catalog, SlackVerifier verifier, TriggerSecrets secrets, SlackClient slack,
        ChatCommands commands, RunLinks links, TriggerMetrics metrics, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var (workspace, form, refused) = await VerifyAsync(context, catalog, verifier, secrets, metrics, loggers, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }
        links.Saw(context.Request);
        var user = await UserAsync(workspace!, Field(form!, "user_id"), Field(form!, "user_name"), secrets, slack, cancellationToken);
        var invocation = Field(form!, "trigger_id") is { Length: > 0 } trigger ? trigger : Guid.NewGuid().ToString("N");
        var result = await commands.HandleAsync(workspace!, user, Field(form!, "text"), Field(form!, "channel_id"), Field(form!, "response_url"), invocation, cancellationToken);
        return Results.Json(result.Public ? SlackMessages.InChannel(result.Text) : SlackMessages.Ephemeral(result.Text));
    }

    private static async Task<IResult> InteractionAsync(HttpContext context, TriggerCatalog catalog, SlackVerifier verifier, TriggerSecrets secrets, SlackClient slack,
        ChatAnswers answers, IEnumerable<Chat.IChatPoster> posters, TriggerMetrics metrics, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var (workspace, form, refused) = await VerifyAsync(context, catalog, verifier, secrets, metrics, loggers, cancellationToken);
        if (refused is not null)
        {
            return refused;
        }
        JsonObject payload;
        try
        {
            payload = JsonNode.Parse(Field(form!, "payload")) as JsonObject ?? throw new JsonException("not an object");
        }
        catch (JsonException)
        {
            return Results.Problem("the interaction's payload field is not a JSON object", statusCode: StatusCodes.Status400BadRequest, title: "Interaction refused");
        }
        var action = payload["actions"]?[0];
        var value = action?["value"]?.GetValue<string>();
        var responseUrl = payload["response_url"]?.GetValue<string>();
        if (payload["type"]?.GetValue<string>() != "block_actions" || value is null || value.IndexOf('|', StringComparison.Ordinal) is var bar && bar < 0)
        {
            return Results.Ok();
        }
        var userNode = payload["user"];
        var user = await UserAsync(workspace!, userNode?["id"]?.GetValue<string>() ?? string.Empty,
            userNode?["username"]?.GetValue<string>() ?? userNode?["name"]?.GetValue<string>() ?? string.Empty, secrets, slack, cancellationToken);
        var result = await answers.AnswerAsync(workspace!, "slack", user, value[..bar], value[(bar + 1)..], cancellationToken);
        if (result.Kind == Chat.AnswerResult.Answered)
        {
            var poster = posters.First(p => p.Platform == ChatPlatform.Slack);
            // The clicked message is where the question is, even when this node has not yet recorded where it posted it.
            result.Question!.Channel = payload["container"]?["channel_id"]?.GetValue<string>() ?? result.Question.Channel;
            result.Question.MessageTs = payload["container"]?["message_ts"]?.GetValue<string>() ?? result.Question.MessageTs;
            await poster.MarkAnsweredAsync(workspace!, result.Question!, result.Question!.Text ?? "Question", cancellationToken);
        }
        else if (responseUrl is not null)
        {
            await slack.RespondAsync(responseUrl, new JsonObject { ["response_type"] = "ephemeral", ["replace_original"] = false, ["text"] = result.Text }, cancellationToken);
        }
        return Results.Ok();
    }

    private static async Task<(ChatWorkspace? Workspace, Dictionary<string, Microsoft.Extensions.Primitives.StringValues>? Form, IResult? Refused)> VerifyAsync(
        HttpContext context, TriggerCatalog catalog, SlackVerifier verifier, TriggerSecrets secrets, TriggerMetrics metrics, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(SlackApi));
        var workspace = (await catalog.GetAsync(cancellationToken)).Workspace(ChatPlatform.Slack);
        if (workspace is null)
        {
            return (null, null, Refuse(logger, metrics, "slack", new Rejection(StatusCodes.Status404NotFound, "unknown_endpoint", "no Slack workspace is defined (a kind: chat file with platform slack)")));
        }
        var body = await RawBody.ReadAsync(context.Request, MaxBody, cancellationToken);
        if (body is null)
        {
            return (null, null, Refuse(logger, metrics, workspace.Id, new Rejection(StatusCodes.Status413PayloadTooLarge, "too_large", $"Slack requests are at most {MaxBody} bytes")));
        }
        if (await secrets.RevealAsync(workspace.SigningSecret, cancellationToken) is not { } secret)
        {
            return (null, null, Refuse(logger, metrics, workspace.Id, new Rejection(StatusCodes.Status500InternalServerError, "secret_missing", $"the workspace's signing secret '{workspace.SigningSecret}' is not in the secret store")));
        }
        if (verifier.Check(context.Request.Headers, body, secret) is { } rejection)
        {
            return (null, null, Refuse(logger, metrics, workspace.Id, rejection));
        }
        return (workspace, QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body)), null);
    }

    private static async Task<Chat.ChatUser> UserAsync(ChatWorkspace workspace, string id, string name, TriggerSecrets secrets, SlackClient slack, CancellationToken cancellationToken)
    {
        var groups = new List<string>();
        var mapped = workspace.Operators.Groups.Concat(workspace.Viewers.Groups).Distinct().ToList();
        if (mapped.Count > 0 && workspace.BotToken is not null && await secrets.RevealAsync(workspace.BotToken, cancellationToken) is { } token)
        {
            foreach (var group in mapped)
            {
                if ((await slack.GroupMembersAsync(token, group, cancellationToken)).Contains(id))
                {
                    groups.Add(group);
                }
            }
        }
        return new Chat.ChatUser(id, name.Length > 0 ? name : id, Chat.ChatAccess.RoleOf(workspace, id, groups));
    }

    private static IResult Refuse(ILogger logger, TriggerMetrics metrics, string workspace, Rejection rejection)
    {
        metrics.Rejected(workspace, rejection.Code);
        LogRejected(logger, workspace, rejection.Status, rejection.Code, rejection.Detail);
        return Results.Problem(rejection.Detail, statusCode: rejection.Status, title: "Slack request refused", extensions: new Dictionary<string, object?> { ["reason"] = rejection.Code });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack request for {Workspace} refused with {Status} {Reason}: {Detail}")]
    private static partial void LogRejected(ILogger logger, string workspace, int status, string reason, string detail);

    private static string Field(Dictionary<string, Microsoft.Extensions.Primitives.StringValues> form, string name) =>
        form.TryGetValue(name, out var value) ? value.ToString() : string.Empty;
}
