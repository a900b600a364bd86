using VCRunbooks.Engine.Activities;

namespace VCRunbooks.Benchmarks;

[Activity("Bench", "Records when it starts, for latency measurements.", Traits = ActivityTraits.Pure)]
public sealed class Stamp(LatencyProbe probe) : Activity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        probe.Arrived(context.RunId, System.Diagnostics.Stopwatch.GetTimestamp());
        return ValueTask.FromResult(ActivityResult.Done);
    }
}
