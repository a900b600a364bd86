namespace VCRunbooks.Engine.Activities.BuiltIn;

/// <remarks>Every connection from Done starts a branch; any activity with several connections on one outcome forks the same way.</remarks>
[Activity("Flow", "Starts parallel branches: one per connection from Done.", Traits = ActivityTraits.Pure)]
public sealed class Fork : Activity
{
    /// <inheritdoc/>
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Done);
}
