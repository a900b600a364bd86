namespace VCRunbooks.Engine.Activities;

/// <summary>The answer to the question a step asked with <see cref="ActivityContext.Ask"/>, as <see cref="ActivityContext.GetAnswer"/> returns it.</summary>
/// <param name="QuestionId">The id operators answered (the step key, plus <c>:Key</c> when the question had one).</param>
/// <param name="Key">The question's <see cref="QuestionRequest.Key"/>, to check the answer is to the question the step means.</param>
/// <param name="Answer">The answer given, in its allowed spelling, or the default answer when the question timed out.</param>
/// <param name="AnsweredBy">Who answered, when known (null when the question timed out).</param>
/// <param name="TimedOut">True when the timeout passed and the default answer was taken.</param>
public sealed record QuestionAnswer(string QuestionId, string? Key, string Answer, string? AnsweredBy, bool TimedOut);
