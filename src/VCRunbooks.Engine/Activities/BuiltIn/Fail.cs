namespace VCRunbooks.Engine.Activities.BuiltIn;

/// <summary>Faults the run with a message; never retried unless the step sets <c>retryAllErrors</c>, and compensations of completed steps then run.</summary>
[Activity("Flow", "Faults the run with a message (compensation then runs).", Traits = ActivityTraits.Pure)]
public sealed class Fail : Activity
{
    /// <summary>Why the run fails; becomes the fault's error in the journal and events.</summary>
    [Input(Required = true, Description = "Why the run fails.")]
    public string Message { get; set; } = string.Empty;

    /// <inheritdoc/>
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        throw new RunbookFailedException(Message);
}
