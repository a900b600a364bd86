using Microsoft.Extensions.Logging;

namespace VCRunbooks.Engine.Activities.BuiltIn;

internal static partial class AskLog
{
    [LoggerMessage(Level = LogLevel.Information, Message = "Question {QuestionId} answered {Answer} (timed out: {TimedOut})")]
    public static partial void LogAnswer(this ILogger logger, string questionId, string answer, bool timedOut);
}
