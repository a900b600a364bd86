namespace VCRunbooks.Engine.Activities.BuiltIn;

/// <remarks>The waiting is done by the runner from the activity's join mode; give Join "join": "all" to wait for every branch.</remarks>
[Activity("Flow", "Merges branches: with join all it waits for every inbound branch, with any it passes each one.", Traits = ActivityTraits.Pure)]
public sealed class Join : Activity
{
    /// <inheritdoc/>
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Done);
}
