using VCRunbooks.Engine;
using VCRunbooks.Server.Triggers.Definitions;
using VCRunbooks.Server.Triggers.Storage;

namespace VCRunbooks.Server.Triggers.Chat.Slack;

/// <summary>Slack's side of the notifier: questions as Block Kit buttons through chat.postMessage, progress to response_url.</summary>
internal sealed class SlackPoster(SlackClient slack, TriggerSecrets secrets, RunLinks links) : IChatPoster
{
    public ChatPlatform Platform => ChatPlatform.Slack;

    public async Task<(string? Channel, string? MessageId)> PostQuestionAsync(ChatWorkspace workspace, string channel, OpenQuestion question, CancellationToken cancellationToken)
    {
        if (workspace.BotToken is null || await secrets.RevealAsync(workspace.BotToken, cancellationToken) is not { } token)
        {
            return (null, null);
        }
        var message = SlackMessages.Question(question, SlackMessages.Link(links.Run(question.RunId), question.RunId));
        var posted = await slack.PostMessageAsync(token, channel, message, cancellationToken);
        return posted is { } p ? (p.Channel, p.Ts) : (null, null);
    }

    public Task RespondAsync(ChatWorkspace workspace, string responseUrl, string text, CancellationToken cancellationToken) =>
        slack.RespondAsync(responseUrl, SlackMessages.InChannel(text), cancellationToken);

    public async Task MarkAnsweredAsync(ChatWorkspace workspace, ChatQuestion question, string text, CancellationToken cancellationToken)
    {
        if (question.Channel is null || question.MessageTs is null || workspace.BotToken is null || await secrets.RevealAsync(workspace.BotToken, cancellationToken) is not { } token)
        {
            return;
        }
        var message = SlackMessages.Answered(text, question.Answer!, question.AnsweredBy!, SlackMessages.Link(links.Run(question.RunId), question.RunId));
        await slack.UpdateMessageAsync(token, question.Channel, question.MessageTs, message, cancellationToken);
    }
}
