namespace VCRunbooks.Engine.Activities.BuiltIn;

[Activity("Flow", "Where every run begins.", Traits = ActivityTraits.Pure)]
public sealed class Start : Activity
{
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Done);
}
