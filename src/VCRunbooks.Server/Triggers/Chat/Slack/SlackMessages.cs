using System.Text.Json.Nodes;

namespace VCRunbooks.Server.Triggers.Chat.Slack;

/// <summary>The Block Kit messages the triggers post: replies, progress, questions with a button per answer, and answered questions.</summary>
internal static class SlackMessages
{
    public const string AnswerAction = "vcrunbooks_answer";

    public static JsonObject Ephemeral(string text) => new() { ["response_type"] = "ephemeral", ["text"] = text };

    public static JsonObject InChannel(string text) => new() { ["response_type"] = "in_channel", ["text"] = text };

    public static string Link(string url, string label) => $"<{url}|{label}>";

    public static JsonObject Question(string questionId, string text, IReadOnlyList<string> answers, string runLink, string? source)
    {
        var buttons = new JsonArray();
        for (var i = 0; i < answers.Count && i < 25; i++)
        {
            buttons.Add(new JsonObject
            {
                ["type"] = "button",
                ["action_id"] = $"{AnswerAction}_{i}",
                ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = answers[i].Length <= 75 ? answers[i] : answers[i][..72] + "..." },
                ["value"] = $"{questionId}|{answers[i]}",
            });
        }
        return new JsonObject
        {
            ["text"] = $"Question: {text}",
            ["blocks"] = new JsonArray
            {
                new JsonObject
                {
                    ["type"] = "section",
                    ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = $"*{text}*\n{(source is null ? string.Empty : source + " · ")}Run {runLink}" },
                },
                new JsonObject { ["type"] = "actions", ["block_id"] = $"q_{questionId}"[..Math.Min(255, questionId.Length + 2)], ["elements"] = buttons },
            },
        };
    }

    public static JsonObject Answered(string text, string answer, string who, string runLink) => new()
    {
        ["text"] = $"{text} — answered {answer} by {who}",
        ["blocks"] = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "section",
                ["text"] = new JsonObject { ["type"] = "mrkdwn", ["text"] = $"*{text}*\nAnswered *{answer}* by {who} · Run {runLink}" },
            },
        },
    };
}
