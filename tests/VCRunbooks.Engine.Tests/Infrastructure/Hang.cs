using VCRunbooks.Engine.Activities;

namespace VCRunbooks.Engine.Tests.Infrastructure;

[Activity("Test", "Works until its cancellation token fires (a call that never answers).")]
public sealed class Hang(Probe probe) : Activity
{
    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        probe.HangStarted.TrySetResult();
        await Task.Delay(Timeout.InfiniteTimeSpan, context.Time, context.CancellationToken);
        return ActivityResult.Done;
    }
}
