namespace VCRunbooks.Engine.Activities.BuiltIn;

/// <summary>The entry of every flowchart: a definition has exactly one, and a run begins with a token on it.</summary>
[Activity("Flow", "Where every run begins.", Traits = ActivityTraits.Pure)]
public sealed class Start : Activity
{
    /// <inheritdoc/>
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) => ValueTask.FromResult(ActivityResult.Done);
}
