using System.Text.Json.Nodes;
using VCRunbooks.Contracts.Runs;

namespace VCRunbooks.Engine.Activities.BuiltIn;

/// <remarks>The question id is the step key, so it is stable across crashes and answers find it again.</remarks>
[Activity("Human", "Asks a human a question and waits for one of the allowed answers; on timeout takes the default answer.", Traits = ActivityTraits.Suspends)]
[Outcomes("Answered", DynamicFromInput = nameof(AllowedAnswers))]
public sealed class Ask : Activity
{
    /// <summary>The event name answers arrive on; the correlation key is the question id.</summary>
    public const string QuestionEvent = "question";

    /// <summary>The question text, shown to whoever answers.</summary>
    [Input(Required = true, Description = "The question text.")]
    public string Question { get; set; } = string.Empty;

    /// <summary>The accepted answers (matched case-insensitively), each also an outcome; empty accepts any text.</summary>
    [Input(Description = "The answers accepted; each is also an outcome. Any text when empty.")]
    public string[] AllowedAnswers { get; set; } = [];

    /// <summary>The answer taken on timeout; without one a timeout faults the step.</summary>
    [Input(Description = "The answer taken when the timeout passes.")]
    public string? DefaultAnswer { get; set; }

    /// <summary>How long to wait for an answer; null waits forever.</summary>
    [Input(Description = "How long to wait for a human before taking the default answer.")]
    public TimeSpan? Timeout { get; set; }

    /// <summary>The question's id (the step key), which <c>AnswerQuestionAsync</c> takes.</summary>
    [Output(Description = "The id operators answer with.")]
    public string? QuestionId { get; set; }

    /// <summary>The answer given, or <see cref="DefaultAnswer"/> on timeout.</summary>
    [Output(Description = "The answer given (or the default).")]
    public string? Answer { get; set; }

    /// <summary>Who answered, as the answering caller named them; null on timeout or when not given.</summary>
    [Output(Description = "Who answered, when known.")]
    public string? AnsweredBy { get; set; }

    /// <summary>True when the timeout passed and the default answer was taken.</summary>
    [Output(Description = "True when the default was taken on timeout.")]
    public bool TimedOut { get; set; }

    /// <inheritdoc/>
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        QuestionId = context.StepKey;
        var now = context.Time.GetUtcNow();
        if (context.Resumption is not { } resumption)
        {
            var timeoutAt = Timeout is { } t ? now + t : (DateTimeOffset?)null;
            context.Emit(new QuestionRaised
            {
                RunId = context.RunId,
                QuestionId = QuestionId,
                ActivityId = context.ActivityId,
                Text = Question,
                AllowedAnswers = AllowedAnswers,
                DefaultAnswer = DefaultAnswer,
                TimeoutAt = timeoutAt,
                At = now,
            });
            var metadata = new JsonObject
            {
                ["text"] = Question,
                ["allowedAnswers"] = new JsonArray(AllowedAnswers.Select(a => (JsonNode?)a).ToArray()),
                ["defaultAnswer"] = DefaultAnswer,
                ["activityId"] = context.ActivityId,
                ["timeoutAtMs"] = timeoutAt?.ToUnixTimeMilliseconds(),
            };
            var wait = BookmarkRequest.Event(QuestionEvent, QuestionId, metadata);
            return ValueTask.FromResult(timeoutAt is { } due ? ActivityResult.Suspend(wait, BookmarkRequest.Timer(due)) : ActivityResult.Suspend(wait));
        }

        if (resumption.IsTimer)
        {
            Answer = DefaultAnswer ?? throw new InvalidOperationException($"Question '{QuestionId}' timed out and has no default answer.");
            TimedOut = true;
        }
        else
        {
            Answer = resumption.Payload?["answer"]?.GetValue<string>() ?? string.Empty;
            AnsweredBy = resumption.Payload?["answeredBy"]?.GetValue<string>();
        }

        context.Emit(new QuestionAnswered { RunId = context.RunId, QuestionId = QuestionId, Answer = Answer, AnsweredBy = AnsweredBy, TimedOut = TimedOut, At = now });
        context.Logger.LogAnswer(QuestionId, Answer, TimedOut);
        return ValueTask.FromResult(ActivityResult.Complete("Answered", Answer));
    }
}
