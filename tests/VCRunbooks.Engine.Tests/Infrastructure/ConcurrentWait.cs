using VCRunbooks.Engine.Activities;

namespace VCRunbooks.Engine.Tests.Infrastructure;

[Activity("Test", "Waits on a timer and counts how many of its kind wait at once.", Traits = ActivityTraits.Suspends)]
public sealed class ConcurrentWait(Probe probe) : Activity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        if (context.Resumption is null)
        {
            probe.Enter();
            probe.Executions.Enqueue((context.ActivityId, context.IdempotencyKey, $"wait:{context.Item}"));
            return ValueTask.FromResult(context.SuspendFor(TimeSpan.FromMinutes(1)));
        }

        probe.Leave();
        return ValueTask.FromResult(ActivityResult.Done);
    }
}
