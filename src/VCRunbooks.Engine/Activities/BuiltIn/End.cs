namespace VCRunbooks.Engine.Activities.BuiltIn;

[Activity("Flow", "Ends the run, stopping every other branch still pending.", Traits = ActivityTraits.Pure)]
public sealed class End : Activity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Done);
}
