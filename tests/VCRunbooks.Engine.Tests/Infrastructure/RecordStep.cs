using VCRunbooks.Engine.Activities;

namespace VCRunbooks.Engine.Tests.Infrastructure;

[Activity("Test", "Records its execution (a side effect).")]
public sealed class RecordStep(Probe probe) : Activity
{
    [Input(Description = "Label recorded.")]
    public string Label { get; set; } = string.Empty;

    [Output]
    public string? Key { get; set; }

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        Key = context.IdempotencyKey;
        probe.Executions.Enqueue((context.ActivityId, context.IdempotencyKey, Label));
        probe.StepRecorded.TrySetResult();
        return ValueTask.FromResult(ActivityResult.Done);
    }
}
