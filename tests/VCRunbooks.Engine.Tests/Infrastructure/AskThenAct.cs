using VCRunbooks.Engine.Activities;

namespace VCRunbooks.Engine.Tests.Infrastructure;

/// <summary>
/// An activity that asks before it acts, written the way an activity author would: ask when there is no answer yet,
/// then act on it. It fails once after the answer while the probe says so, to show a retry keeps the answer.
/// </summary>
[Activity("Test", "Asks whether to restart a service, then records the answer as its outcome.", Traits = ActivityTraits.Suspends)]
[Outcomes("yes", "no")]
public sealed class AskThenAct(Probe probe) : Activity
{
    [Input(Description = "The answer taken when the timeout passes.")]
    public string DefaultAnswer { get; set; } = "no";

    [Input(Description = "How long a human has.")]
    public TimeSpan? Timeout { get; set; }

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        if (context.GetAnswer() is not { } answer)
        {
            probe.Executions.Enqueue((context.ActivityId, context.IdempotencyKey, "asked"));
            return ValueTask.FromResult(context.Ask(new QuestionRequest("Restart vpxd on vc01?")
            {
                AllowedAnswers = ["yes", "no"],
                DefaultAnswer = DefaultAnswer,
                Timeout = Timeout,
                Key = "vpxd",
            }));
        }

        probe.Executions.Enqueue((context.ActivityId, context.IdempotencyKey, $"{answer.Answer}:{answer.AnsweredBy}:{answer.TimedOut}"));
        var left = probe.FailuresLeft.GetValueOrDefault(context.ActivityId);
        if (left > 0)
        {
            probe.FailuresLeft[context.ActivityId] = left - 1;
            throw new TransientException("vc01 restarting");
        }

        return ValueTask.FromResult(ActivityResult.Complete(answer.Answer));
    }
}
