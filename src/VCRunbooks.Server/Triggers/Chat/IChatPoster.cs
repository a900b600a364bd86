using VCRunbooks.Engine;
using VCRunbooks.Server.Triggers.Definitions;

namespace VCRunbooks.Server.Triggers.Chat;

/// <summary>How one chat platform shows what the notifier has to say: a question with a button per answer, progress, answered questions.</summary>
internal interface IChatPoster
{
    ChatPlatform Platform { get; }

    /// <summary>Posts the question; answers where the message is (channel, message id) so it can be updated once answered.</summary>
    Task<(string? Channel, string? MessageId)> PostQuestionAsync(ChatWorkspace workspace, string channel, OpenQuestion question, CancellationToken cancellationToken);

    /// <summary>A progress line or the outcome, to the command's response URL.</summary>
    Task RespondAsync(ChatWorkspace workspace, string responseUrl, string text, CancellationToken cancellationToken);

    /// <summary>Replaces the question's buttons with who answered what.</summary>
    Task MarkAnsweredAsync(ChatWorkspace workspace, ChatQuestion question, string text, CancellationToken cancellationToken);
}
