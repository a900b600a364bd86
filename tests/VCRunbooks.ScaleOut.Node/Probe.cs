using VCRunbooks.Engine.Activities;

namespace VCRunbooks.ScaleOut.Node;

/// <summary>
/// A side-effecting step that records which node ran it and when, optionally blocks until the test opens the gate
/// (a long remote call in flight when a node is killed), then applies its side effect once per idempotency key.
/// </summary>
[Activity("Test", "Records its execution in the scale-out ledger and applies one side effect per idempotency key.")]
public sealed class Probe(ScaleOutLedger ledger) : Activity
{
    private static readonly TimeSpan GatePoll = TimeSpan.FromMilliseconds(100);

    [Input(Description = "Simulated remote-call duration in milliseconds.", Default = 50)]
    public int WorkMs { get; set; } = 50;

    [Input(Description = "Block until the gate table says open.", Default = false)]
    public bool WaitForGate { get; set; }

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        var cancellationToken = context.CancellationToken;
        var entry = await ledger.StartedAsync(context.RunId, context.ActivityId, context.IdempotencyKey, cancellationToken);
        await Task.Delay(TimeSpan.FromMilliseconds(WorkMs), context.Time, cancellationToken);
        while (WaitForGate && !await ledger.GateOpenAsync(cancellationToken))
        {
            // Stands for polling a remote task until it finishes.
            await Task.Delay(GatePoll, context.Time, cancellationToken);
        }

        await ledger.ApplyEffectAsync(context.IdempotencyKey, cancellationToken);
        await ledger.EndedAsync(entry, cancellationToken);
        return ActivityResult.Done;
    }
}
