namespace VCRunbooks.Engine.Activities.BuiltIn;

[Activity("Flow", "Branches on a condition.", Traits = ActivityTraits.Pure)]
[Outcomes("True", "False")]
public sealed class If : Activity
{
    [Input(Required = true, Description = "The condition to test.")]
    public bool Condition { get; set; }

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context) =>
        ValueTask.FromResult(ActivityResult.Complete(Condition ? "True" : "False"));
}
