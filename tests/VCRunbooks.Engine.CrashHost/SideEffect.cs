using VCRunbooks.Engine.Activities;

namespace VCRunbooks.Engine.CrashHost;

/// <summary>
/// A side-effecting step: appends its idempotency key to effects.log unless the log already holds it
/// (its own idempotency check, like finding the backup job it started before a crash).
/// </summary>
[Activity("Test", "Writes one durable side effect per idempotency key.")]
public sealed class SideEffect(EffectLedger ledger) : Activity
{
    [Input(Description = "Simulated remote-call duration in milliseconds.", Default = 15)]
    public int WorkMs { get; set; } = 15;

    public override async ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        // Stands for the remote call the effect needs; it gives the parent time to kill mid-run.
        await Task.Delay(TimeSpan.FromMilliseconds(WorkMs), context.Time, context.CancellationToken);
        if (!ledger.TryApply(context.IdempotencyKey))
        {
            await ledger.Hold.WaitAsync(context.CancellationToken);
        }

        // The effect that reached the hold is applied but never committed: the next life must re-execute the step
        // and the ledger's own idempotency check must catch it.
        await ledger.Hold.WaitAsync(context.CancellationToken);
        return ActivityResult.Done;
    }
}
