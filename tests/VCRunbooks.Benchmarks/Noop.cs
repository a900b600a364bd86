using VCRunbooks.Engine.Activities;

namespace VCRunbooks.Benchmarks;

[Activity("Bench", "Does nothing.", Traits = ActivityTraits.Pure)]
public sealed class Noop : Activity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Done);
}
