namespace VCRunbooks.Engine.Activities.BuiltIn;

/// <summary>Branches on a boolean: outcome True or False.</summary>
[Activity("Flow", "Branches on a condition.", Traits = ActivityTraits.Pure)]
[Outcomes("True", "False")]
public sealed class If : Activity
{
    /// <summary>The condition, usually a C# expression.</summary>
    [Input(Required = true, Description = "The condition to test.")]
    public bool Condition { get; set; }

    /// <inheritdoc/>
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Complete(Condition ? "True" : "False"));
}
