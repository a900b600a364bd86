namespace VCRunbooks.Engine.Activities.BuiltIn;

[Activity("Flow", "Faults the run with a message (compensation then runs).", Traits = ActivityTraits.Pure)]
public sealed class Fail : Activity
{
    [Input(Required = true, Description = "Why the run fails.")]
    public string Message { get; set; } = string.Empty;

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        throw new RunbookFailedException(Message);
}
