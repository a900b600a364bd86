namespace VCRunbooks.Engine.Activities.BuiltIn;

/// <summary>Waits on a durable timer: the run is a row until it is due, across restarts. Outcome: Done.</summary>
[Activity("Timing", "Waits for a duration on a durable timer; no thread is held.", Traits = ActivityTraits.Pure | ActivityTraits.Suspends)]
public sealed class Delay : Activity
{
    /// <summary>How long to wait, from when the step first executes.</summary>
    [Input(Required = true, Description = "How long to wait, e.g. 00:05:00.")]
    public TimeSpan Duration { get; set; }

    /// <inheritdoc/>
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(context.Resumption is { IsTimer: true } ? ActivityResult.Done : context.SuspendFor(Duration));
}
