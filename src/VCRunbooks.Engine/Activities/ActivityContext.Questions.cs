using System.Text.Json;
using System.Text.Json.Nodes;
using VCRunbooks.Contracts.Runs;
using VCRunbooks.Engine.Activities.BuiltIn;

namespace VCRunbooks.Engine.Activities;

/// <remarks>
/// Asking a human from inside an activity. The question is remembered in the step's state (under a key typed state
/// does not use), so the answer survives a retry or a crash after it arrived, and the step's own typed state is untouched.
/// </remarks>
public sealed partial class ActivityContext
{
    /// <summary>The name of the timer that takes a question's default answer when its timeout passes.</summary>
    public const string QuestionTimeoutTimer = "question-timeout";

    private const string QuestionStateKey = "$question";

    private QuestionAnswer? _answer;
    private bool _answerRead;

    /// <summary>
    /// Asks a human <paramref name="question"/> and suspends until it is answered (through the questions API, the inbox or
    /// chat, by whoever may answer questions) or its timeout takes the default answer. The step then executes again from
    /// the top and <see cref="GetAnswer"/> returns the answer. Return the result from <c>ExecuteAsync</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The question has no text, an empty allowed answer, a default that is not allowed, or a timeout without a default.</exception>
    public ActivityResult Ask(QuestionRequest question)
    {
        ArgumentNullException.ThrowIfNull(question);
        Check(question);
        var id = string.IsNullOrEmpty(question.Key) ? StepKey : $"{StepKey}:{question.Key}";
        var now = Time.GetUtcNow();
        var timeoutAt = question.Timeout is { } timeout ? now + timeout : (DateTimeOffset?)null;
        State[QuestionStateKey] = JsonSerializer.SerializeToNode(new AskedQuestion { Id = id, Key = question.Key, DefaultAnswer = question.DefaultAnswer }, StepStateJson.Options);
        _session.HasChanges = true;
        _answerRead = false;
        _answer = null;
        Emit(new QuestionRaised
        {
            RunId = RunId,
            QuestionId = id,
            ActivityId = ActivityId,
            Text = question.Text,
            AllowedAnswers = [.. question.AllowedAnswers],
            DefaultAnswer = question.DefaultAnswer,
            TimeoutAt = timeoutAt,
            At = now,
        });
        var metadata = new JsonObject
        {
            ["text"] = question.Text,
            ["allowedAnswers"] = new JsonArray([.. question.AllowedAnswers.Select(a => (JsonNode?)a)]),
            ["defaultAnswer"] = question.DefaultAnswer,
            ["activityId"] = ActivityId,
            ["timeoutAtMs"] = timeoutAt?.ToUnixTimeMilliseconds(),
        };
        var wait = BookmarkRequest.Event(Activities.BuiltIn.Ask.QuestionEvent, id, metadata);
        return timeoutAt is { } due
            ? ActivityResult.Suspend(wait, BookmarkRequest.Timer(due, QuestionTimeoutTimer))
            : ActivityResult.Suspend(wait);
    }

    /// <summary>
    /// The answer to the question this step asked with <see cref="Ask"/>, or null when it asked none (or none is answered
    /// yet). The execution the answer arrives in publishes <c>QuestionAnswered</c> and journals it; later executions of
    /// the step (a retry, a mark) read the same answer. A completed step forgets it, so the next visit asks anew.
    /// </summary>
    public QuestionAnswer? GetAnswer()
    {
        if (_answerRead)
        {
            return _answer;
        }

        _answerRead = true;
        var asked = State[QuestionStateKey]?.Deserialize<AskedQuestion>(StepStateJson.Options);
        if (asked is null)
        {
            return null;
        }

        if (asked.Answer is { } recorded)
        {
            return _answer = new QuestionAnswer(asked.Id, asked.Key, recorded, asked.AnsweredBy, asked.TimedOut);
        }

        if (Resumptions.FirstOrDefault(r => !r.IsTimer && r.Name == Activities.BuiltIn.Ask.QuestionEvent && r.CorrelationKey == asked.Id) is { } answered)
        {
            _answer = new QuestionAnswer(asked.Id, asked.Key, answered.Payload?["answer"]?.GetValue<string>() ?? string.Empty, answered.Payload?["answeredBy"]?.GetValue<string>(), TimedOut: false);
        }
        else if (Resumptions.Any(r => r.IsTimer && r.Name == QuestionTimeoutTimer) && asked.DefaultAnswer is { } fallback)
        {
            _answer = new QuestionAnswer(asked.Id, asked.Key, fallback, AnsweredBy: null, TimedOut: true);
        }
        else
        {
            return null;
        }

        State[QuestionStateKey] = JsonSerializer.SerializeToNode(asked with { Answer = _answer.Answer, AnsweredBy = _answer.AnsweredBy, TimedOut = _answer.TimedOut }, StepStateJson.Options);
        _session.HasChanges = true;
        Emit(new QuestionAnswered { RunId = RunId, QuestionId = asked.Id, Answer = _answer.Answer, AnsweredBy = _answer.AnsweredBy, TimedOut = _answer.TimedOut, At = Time.GetUtcNow() });
        Logger.LogAnswer(asked.Id, _answer.Answer, _answer.TimedOut);
        return _answer;
    }

    private static void Check(QuestionRequest question)
    {
        if (string.IsNullOrWhiteSpace(question.Text))
        {
            throw new ArgumentException("A question needs its text.", nameof(question));
        }

        if (question.AllowedAnswers.Any(string.IsNullOrWhiteSpace))
        {
            throw new ArgumentException($"Question '{question.Text}' has an empty allowed answer.", nameof(question));
        }

        if (question.DefaultAnswer is { } fallback && question.AllowedAnswers.Count > 0
            && !question.AllowedAnswers.Contains(fallback, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"The default answer '{fallback}' of question '{question.Text}' is not one of its allowed answers: {string.Join(", ", question.AllowedAnswers)}.", nameof(question));
        }

        if (question.Timeout is { } timeout && (timeout <= TimeSpan.Zero || question.DefaultAnswer is null))
        {
            throw new ArgumentException($"Question '{question.Text}' has a timeout of {timeout}: a timeout must be positive and needs a default answer to take.", nameof(question));
        }
    }

    /// <summary>The question a step asked, and its answer once it came: kept in the step's state.</summary>
    private sealed record AskedQuestion
    {
        public required string Id { get; init; }
        public string? Key { get; init; }
        public string? DefaultAnswer { get; init; }
        public string? Answer { get; init; }
        public string? AnsweredBy { get; init; }
        public bool TimedOut { get; init; }
    }
}
