namespace VCRunbooks.Engine.Activities.BuiltIn;

[Activity("Timing", "Waits for a duration on a durable timer; no thread is held.", Traits = ActivityTraits.Pure | ActivityTraits.Suspends)]
public sealed class Delay : Activity
{
    [Input(Required = true, Description = "How long to wait, e.g. 00:05:00.")]
    public TimeSpan Duration { get; set; }

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(context.Resumption is { IsTimer: true } ? ActivityResult.Done : context.SuspendFor(Duration));
}
