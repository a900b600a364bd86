using VCRunbooks.Engine.Activities;

namespace VCRunbooks.Engine.Tests.Infrastructure;

/// <summary>On its first execution only, takes the database away for the commit that follows it.</summary>
[Activity("Test", "Records its execution and, the first time, makes the next commit fail.")]
public sealed class CutStore(Probe probe) : Activity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        probe.Executions.Enqueue((context.ActivityId, context.IdempotencyKey, "cut"));
        if (probe.Executions.Count(e => e.Activity == context.ActivityId) == 1)
        {
            probe.Outage.FailNextOpens(1);
        }

        return ValueTask.FromResult(ActivityResult.Done);
    }
}
