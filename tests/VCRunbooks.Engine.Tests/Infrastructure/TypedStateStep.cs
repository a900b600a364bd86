using VCRunbooks.Engine.Activities;

namespace VCRunbooks.Engine.Tests.Infrastructure;

/// <summary>Walks its typed step state through a timer and a mark, recording what each execution read.</summary>
[Activity("Test", "Keeps typed step state across a timer and a mark, then completes.", Traits = ActivityTraits.Suspends)]
public sealed class TypedStateStep(Probe probe) : Activity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var step = context.GetState<Step>();
        probe.Executions.Enqueue((context.ActivityId, context.IdempotencyKey, $"{step.Count}:{step.Phase}:{step.Note}"));
        switch (step.Phase)
        {
            case StepPhase.None:
                context.SetState(step with { Count = 1, Phase = StepPhase.Waiting, Note = "kept" });
                return ValueTask.FromResult(context.SuspendFor(TimeSpan.FromMinutes(1)));
            case StepPhase.Waiting:
                return ValueTask.FromResult(context.MarkThenContinue(step with { Count = 2, Phase = StepPhase.Marked, Note = null }));
            default:
                return ValueTask.FromResult(ActivityResult.Done);
        }
    }

    public enum StepPhase
    {
        None,
        Waiting,
        Marked,
    }

    public sealed record Step
    {
        public int Count { get; init; }
        public StepPhase Phase { get; init; }
        public string? Note { get; init; }
    }
}
