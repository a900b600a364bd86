namespace VCRunbooks.Engine.Activities.BuiltIn;

/// <summary>Completes the run, dropping every branch still ready or waiting.</summary>
[Activity("Flow", "Ends the run, stopping every other branch still pending.", Traits = ActivityTraits.Pure)]
public sealed class End : Activity
{
    /// <inheritdoc/>
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Done);
}
