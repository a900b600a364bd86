using VCRunbooks.Engine;
using VCRunbooks.Server.Triggers.Definitions;

namespace VCRunbooks.Server.Triggers.Chat;

/// <summary>
/// An answer clicked in chat: only operators may answer; the first click wins (a claim in the database, across
/// nodes); the engine resumes the run with the answer and who gave it.
/// </summary>
internal sealed partial class ChatAnswers(IRunbookEngine engine, ChatStore store, TriggerMetrics metrics, ILogger<ChatAnswers> logger)
{
    public sealed record Result(AnswerResult Kind, string Text, ChatQuestion? Question = null);

    public async Task<Result> AnswerAsync(ChatWorkspace workspace, string platform, ChatUser user, string questionId, string answer, CancellationToken cancellationToken)
    {
        var question = await store.FindQuestionAsync(questionId, cancellationToken);
        if (question is null || question.Workspace != workspace.Id)
        {
            return new Result(AnswerResult.Unknown, "This question is not one this server posted, or it is gone.");
        }
        if (user.Role != ChatRole.Operator)
        {
            metrics.Rejected(workspace.Id, "not_allowed");
            LogNotAllowed(logger, workspace.Id, user.Id, questionId);
            return new Result(AnswerResult.NotAllowed, $"Not allowed: {user.Name} is not mapped to the operator role, so may not answer. The run keeps waiting.", question);
        }
        if (question.AnsweredBy is { } earlier)
        {
            return new Result(AnswerResult.AlreadyAnswered, $"Already answered {question.Answer} by {earlier}.", question);
        }
        var who = user.Qualified(platform);
        if (!await store.TryAnswerAsync(questionId, who, answer, cancellationToken))
        {
            var winner = await store.FindQuestionAsync(questionId, cancellationToken);
            return new Result(AnswerResult.AlreadyAnswered, $"Already answered {winner?.Answer} by {winner?.AnsweredBy}.", winner);
        }
        try
        {
            await engine.AnswerQuestionAsync(questionId, answer, who, cancellationToken);
        }
        catch (EngineRequestException ex)
        {
            await store.ReleaseAnswerAsync(questionId, cancellationToken);
            return new Result(AnswerResult.Refused, $"The answer was not taken: {ex.Message}", question);
        }
        LogAnswered(logger, questionId, answer, who);
        question.AnsweredBy = who;
        question.Answer = answer;
        return new Result(AnswerResult.Answered, $"Answered {answer} by {who}.", question);
    }

    /// <summary>For chat tools that cannot show buttons (Teams): answers any open question by its id, typed in a message.</summary>
    public async Task<Result> AnswerByIdAsync(ChatWorkspace workspace, string platform, ChatUser user, string questionId, string answer, CancellationToken cancellationToken)
    {
        if (await store.FindQuestionAsync(questionId, cancellationToken) is null)
        {
            var open = (await engine.ListQuestionsAsync(runId: null, cancellationToken)).FirstOrDefault(q => q.QuestionId == questionId);
            if (open is null)
            {
                return new Result(AnswerResult.Unknown, $"No open question '{questionId}'.");
            }
            if (!open.AllowedAnswers.Contains(answer, StringComparer.Ordinal) && open.AllowedAnswers.Count > 0)
            {
                return new Result(AnswerResult.Refused, $"'{answer}' is not an answer to '{open.Text}': answer {string.Join(", ", open.AllowedAnswers)}.");
            }
            await store.TryAddQuestionAsync(questionId, workspace.Id, open.RunId, open.Text, null, cancellationToken);
        }
        return await AnswerAsync(workspace, platform, user, questionId, answer, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Chat workspace {Workspace}: user {UserId} may not answer question {QuestionId}")]
    private static partial void LogNotAllowed(ILogger logger, string workspace, string userId, string questionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Question {QuestionId} answered {Answer} by {AnsweredBy} from chat")]
    private static partial void LogAnswered(ILogger logger, string questionId, string answer, string answeredBy);
}
