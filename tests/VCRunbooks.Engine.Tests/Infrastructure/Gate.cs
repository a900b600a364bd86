using VCRunbooks.Engine.Activities;

namespace VCRunbooks.Engine.Tests.Infrastructure;

[Activity("Test", "Holds its pass until the test opens the gate (to let another run commit in the middle of this one's pass).")]
public sealed class Gate(Probe probe) : Activity
{
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        probe.GateReached.TrySetResult();
        await probe.GateOpen.Task.WaitAsync(context.CancellationToken);
        return ActivityResult.Done;
    }
}
