using System.Globalization;
using System.Text.Json.Nodes;
using VCRunbooks.Engine;

namespace VCRunbooks.Server.Triggers.Chat.Slack;

/// <summary>The Block Kit messages the triggers post: replies, progress, questions with a button per answer, and answered questions.</summary>
internal static class SlackMessages
{
    public const string AnswerAction = "vcrunbooks_answer";

    public static JsonObject Ephemeral(string text) => new() { ["response_type"] = "ephemeral", ["text"] = text };

    public static JsonObject InChannel(string text) => new() { ["response_type"] = "in_channel", ["text"] = text };

    public static string Link(string url, string label) => $"<{url}|{label}>";

    /// <summary>
    /// The question as asked, word for word (a vCenter stage-2 question reaches chat with the appliance's own text and
    /// answers): a button per allowed answer carrying the exact answer string, the default answer marked, and when
    /// the question times out.
    /// </summary>
    public static JsonObject Question(OpenQuestion question, string runLink)
    {
        var buttons = new JsonArray();
        for (var i = 0; i < question.AllowedAnswers.Count && i < 25; i++)
        {
            var answer = question.AllowedAnswers[i];
            var button = new JsonObject
            {
                ["type"] = "button",
                ["action_id"] = $"{AnswerAction}_{i}",
                ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = answer.Length <= 75 ? answer : answer[..72] + "..." },
                ["value"] = $"{question.QuestionId}|{answer}",
            };
            if (string.Equals(answer, question.DefaultAnswer, StringComparison.Ordinal))
            {
                button["style"] = "primary";
            }
            buttons.Add(button);
        }
        var details = new List<string>();
        if (question.DefaultAnswer is { Length: > 0 } defaultAnswer)
        {
            details.Add(question.TimesOutAt is { } due
                ? $"Unanswered by {due.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC, it takes the default: {Escape(defaultAnswer)}"
                : $"Default: {Escape(defaultAnswer)}");
        }
        else if (question.TimesOutAt is { } due)
        {
            details.Add($"Times out {due.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC");
        }
        if (question.DefinitionId is { } runbook)
        {
            details.Add(Escape(runbook));
        }
        details.Add($"Run {runLink}");
        return new JsonObject
        {
            ["text"] = $"Question: {Escape(question.Text)}",
            ["blocks"] = new JsonArray
            {
                new JsonObject
                {
                    ["type"] = "section",
                    ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = $"*{Escape(question.Text)}*\n{string.Join(" · ", details)}" },
                },
                new JsonObject { ["type"] = "actions", ["block_id"] = $"q_{question.QuestionId}"[..Math.Min(255, question.QuestionId.Length + 2)], ["elements"] = buttons },
            },
        };
    }

    /// <summary>
    /// Text from elsewhere (a question an appliance wrote, an answer, a user name) escaped the way Slack asks: only
    /// &amp;, &lt; and &gt;, so Slack shows it as written and never reads it as a link or a mention.
    /// </summary>
    public static string Escape(string text) => text.Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    public static JsonObject Answered(string text, string answer, string who, string runLink) => new()
    {
        ["text"] = $"{Escape(text)} — answered {Escape(answer)} by {Escape(who)}",
        ["blocks"] = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "section",
                ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = $"*{Escape(text)}*\nAnswered *{Escape(answer)}* by {Escape(who)} · Run {runLink}" },
            },
        },
    };
}
