using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using VCRunbooks.Engine;
using VCRunbooks.Server.Triggers.Definitions;
using VCRunbooks.Server.Triggers.Storage;
using VCRunbooks.Server.Triggers.Webhooks;

namespace VCRunbooks.Server.Triggers.Chat.Mattermost;

/// <summary>
/// Mattermost's side of the notifier: a question is a post (REST API, bot token) with an interactive button per
/// answer whose <c>context</c> carries an HMAC of the question and answer, so a click can be told from a forgery.
/// </summary>
internal sealed partial class MattermostPoster(IHttpClientFactory clients, TriggerSecrets secrets, RunLinks links, IOptions<TriggerOptions> options, ILogger<MattermostPoster> logger) : IChatPoster
{
    public ChatPlatform Platform => ChatPlatform.Mattermost;

    /// <summary>The HMAC a button's context carries: hex HMAC-SHA256 of "question|answer", keyed by the command token.</summary>
    public static string Sign(string key, string questionId, string answer) =>
        Convert.ToHexStringLower(Signatures.Hmac(key, Encoding.UTF8.GetBytes($"{questionId}|{answer}")));

    public async Task<(string? Channel, string? MessageId)> PostQuestionAsync(ChatWorkspace workspace, string channel, OpenQuestion question, CancellationToken cancellationToken)
    {
        if (options.Value.MattermostUrl is not { } server || workspace.BotToken is null
            || await secrets.RevealAsync(workspace.BotToken, cancellationToken) is not { } token
            || await secrets.RevealAsync(workspace.SigningSecret, cancellationToken) is not { } key)
        {
            return (null, null);
        }
        var actions = new JsonArray();
        foreach (var answer in question.AllowedAnswers)
        {
            actions.Add(new JsonObject
            {
                ["id"] = "answer" + actions.Count,
                ["type"] = "button",
                ["name"] = answer,
                // The default answer (a vCenter question's own default_answer) stands out, as it does in the appliance's UI.
                ["style"] = string.Equals(answer, question.DefaultAnswer, StringComparison.Ordinal) ? "primary" : "default",
                ["integration"] = new JsonObject
                {
                    ["url"] = links.Base("chat/mattermost/actions"),
                    ["context"] = new JsonObject { ["question"] = question.QuestionId, ["answer"] = answer, ["signature"] = Sign(key, question.QuestionId, answer) },
                },
            });
        }
        var details = question.DefaultAnswer is { Length: > 0 } defaultAnswer
            ? question.TimesOutAt is { } due
                ? $"Unanswered by {due.UtcDateTime.ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)} UTC, it takes the default: {defaultAnswer} · "
                : $"Default: {defaultAnswer} · "
            : string.Empty;
        var post = new JsonObject
        {
            ["channel_id"] = channel,
            ["message"] = $"**{question.Text}**\n{details}Run [{question.RunId}]({links.Run(question.RunId)})",
            ["props"] = new JsonObject { ["attachments"] = new JsonArray { new JsonObject { ["text"] = "Answer:", ["actions"] = actions } } },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server, "api/v4/posts")) { Content = JsonContent.Create(post) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        try
        {
            using var response = await clients.CreateClient(Slack.SlackClient.HttpClientName).SendAsync(request, cancellationToken);
            var reply = await response.Content.ReadFromJsonAsync<JsonObject>(cancellationToken);
            return (channel, reply?["id"]?.GetValue<string>());
        }
        catch (Exception ex) when (ex is HttpRequestException or System.Text.Json.JsonException)
        {
            LogFailed(logger, ex.Message);
            return (null, null);
        }
    }

    public async Task RespondAsync(ChatWorkspace workspace, string responseUrl, string text, CancellationToken cancellationToken)
    {
        try
        {
            using var response = await clients.CreateClient(Slack.SlackClient.HttpClientName)
                .PostAsJsonAsync(responseUrl, new JsonObject { ["response_type"] = "in_channel", ["text"] = text }, cancellationToken);
        }
        catch (HttpRequestException ex)
        {
            LogFailed(logger, ex.Message);
        }
    }

    /// <summary>Nothing to do: the click's own answer carries the updated message.</summary>
    public Task MarkAnsweredAsync(ChatWorkspace workspace, ChatQuestion question, string text, CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mattermost could not be reached: {Error}")]
    private static partial void LogFailed(ILogger logger, string error);
}
