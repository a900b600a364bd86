using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using VCRunbooks.Engine;
using VCRunbooks.Server.Triggers.Definitions;
using VCRunbooks.Server.Triggers.Storage;
using VCRunbooks.Server.Triggers.Webhooks;

namespace VCRunbooks.Server.Triggers.Chat.Teams;

/// <summary>
/// <c>/chat/teams/messages</c>: a Microsoft Teams outgoing webhook (an @mention of the bot). Checked by its HMAC,
/// keyed by the base64-decoded security token, and answered synchronously: Teams waits five seconds and offers no
/// callback, so questions are listed with <c>questions</c> and answered with <c>answer &lt;question id&gt; &lt;answer&gt;</c>,
/// or in the questions inbox the reply links to.
/// </summary>
internal static partial class TeamsApi
{
    private const int MaxBody = 256 * 1024;

    public static IEndpointRouteBuilder MapTeams(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/chat/teams/messages", MessageAsync).WithTags("Triggers").AllowAnonymous()
            .WithName("TeamsMessage").WithSummary("A Teams outgoing webhook message: help, an alias, questions, or answer <id> <answer>.");
        return endpoints;
    }

    private static async Task<IResult> MessageAsync(HttpContext context, TriggerCatalog catalog, TriggerSecrets secrets, ChatCommands commands, ChatAnswers answers,
        IRunbookEngine engine, RunLinks links, TriggerMetrics metrics, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(TeamsApi));
        var workspace = (await catalog.GetAsync(cancellationToken)).Workspace(ChatPlatform.Teams);
        if (workspace is null)
        {
            return Refuse(logger, metrics, "teams", new Rejection(StatusCodes.Status404NotFound, "unknown_endpoint", "no Teams workspace is defined (a kind: chat file with platform teams)"));
        }
        var body = await RawBody.ReadAsync(context.Request, MaxBody, cancellationToken);
        if (body is null)
        {
            return Refuse(logger, metrics, workspace.Id, new Rejection(StatusCodes.Status413PayloadTooLarge, "too_large", $"Teams messages are at most {MaxBody} bytes"));
        }
        if (await secrets.RevealAsync(workspace.SigningSecret, cancellationToken) is not { } token)
        {
            return Refuse(logger, metrics, workspace.Id, new Rejection(StatusCodes.Status500InternalServerError, "secret_missing", $"the workspace's security token secret '{workspace.SigningSecret}' is not in the secret store"));
        }
        if (Check(context.Request.Headers.Authorization.FirstOrDefault(), token, body) is { } rejection)
        {
            return Refuse(logger, metrics, workspace.Id, rejection);
        }
        JsonObject activity;
        try
        {
            activity = JsonNode.Parse(body) as JsonObject ?? throw new JsonException("not an object");
        }
        catch (JsonException)
        {
            return Refuse(logger, metrics, workspace.Id, new Rejection(StatusCodes.Status400BadRequest, "malformed", "the body is not a Bot Framework activity (a JSON object)"));
        }
        links.Saw(context.Request);
        var from = activity["from"];
        var userId = from?["aadObjectId"]?.GetValue<string>() ?? from?["id"]?.GetValue<string>() ?? string.Empty;
        var user = new ChatUser(userId, from?["name"]?.GetValue<string>() ?? userId, ChatAccess.RoleOf(workspace, userId, []));
        var text = Plain(activity["text"]?.GetValue<string>() ?? string.Empty);
        string reply;
        if (Regex.Match(text, "^answer\\s+(\\S+)\\s+(.+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50)) is { Success: true } answer)
        {
            reply = (await answers.AnswerByIdAsync(workspace, "teams", user, answer.Groups[1].Value, answer.Groups[2].Value.Trim(), cancellationToken)).Text;
        }
        else if (string.Equals(text, "questions", StringComparison.OrdinalIgnoreCase))
        {
            var open = await engine.ListQuestionsAsync(runId: null, cancellationToken);
            reply = open.Count == 0 ? "No questions are waiting."
                : "Waiting for an answer:\n" + string.Join("\n", open.Take(20).Select(q => $"- {q.Text} ({string.Join(" / ", q.AllowedAnswers)}): answer {q.QuestionId} <answer>"));
        }
        else
        {
            var result = await commands.HandleAsync(workspace, user, text, activity["conversation"]?["id"]?.GetValue<string>(), null, activity["id"]?.GetValue<string>() ?? Guid.NewGuid().ToString("N"), cancellationToken);
            reply = result.RunId is null ? result.Text : $"{result.Text}\nQuestions it asks: reply `questions`, or open {links.QuestionsInbox()}";
        }
        return Results.Json(new JsonObject { ["type"] = "message", ["text"] = reply });
    }

    /// <summary>Null when <c>Authorization: HMAC &lt;base64&gt;</c> is base64 HMAC-SHA256 of the body keyed by the base64-decoded token.</summary>
    private static Rejection? Check(string? authorization, string token, byte[] body)
    {
        if (authorization?.StartsWith("HMAC ", StringComparison.Ordinal) != true)
        {
            return new Rejection(StatusCodes.Status401Unauthorized, "missing_signature", "the Authorization: HMAC header is missing");
        }
        byte[] key;
        try
        {
            key = Convert.FromBase64String(token);
        }
        catch (FormatException)
        {
            return new Rejection(StatusCodes.Status500InternalServerError, "secret_invalid", "the workspace's Teams security token is not base64");
        }
        return Signatures.Base64Matches(Signatures.Hmac(key, body), authorization[5..].Trim())
            ? null
            : new Rejection(StatusCodes.Status401Unauthorized, "bad_signature", "the Authorization HMAC does not match the body");
    }

    /// <summary>The message without its @mention and HTML.</summary>
    private static string Plain(string html)
    {
        var text = Regex.Replace(html, "<at>.*?</at>", string.Empty, RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50));
        text = Regex.Replace(text, "<[^>]+>", " ", RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(50));
        return System.Net.WebUtility.HtmlDecode(text).Replace('\u00a0', ' ').Trim();
    }

    private static IResult Refuse(ILogger logger, TriggerMetrics metrics, string workspace, Rejection rejection)
    {
        metrics.Rejected(workspace, rejection.Code);
        LogRejected(logger, workspace, rejection.Status, rejection.Code, rejection.Detail);
        return Results.Problem(rejection.Detail, statusCode: rejection.Status, title: "Teams request refused", extensions: new Dictionary<string, object?> { ["reason"] = rejection.Code });
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Teams request for {Workspace} refused with {Status} {Reason}: {Detail}")]
    private static partial void LogRejected(ILogger logger, string workspace, int status, string reason, string detail);
}
