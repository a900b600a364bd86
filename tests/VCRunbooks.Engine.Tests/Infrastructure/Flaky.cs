using VCRunbooks.Engine.Activities;

namespace VCRunbooks.Engine.Tests.Infrastructure;

[Activity("Test", "Fails with a transient (or permanent) error while the probe says so.")]
public sealed class Flaky(Probe probe) : Activity
{
    [Input]
    public bool Permanent { get; set; }

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        probe.Executions.Enqueue((context.ActivityId, context.IdempotencyKey, $"flaky#{context.Attempt}"));
        var left = probe.FailuresLeft.GetValueOrDefault(context.ActivityId);
        if (left > 0)
        {
            probe.FailuresLeft[context.ActivityId] = left - 1;
            throw Permanent ? new InvalidOperationException("permanent failure") : new TransientException("service restarting");
        }

        return ValueTask.FromResult(ActivityResult.Done);
    }
}
