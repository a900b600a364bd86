using System.Text.Json.Nodes;

namespace VCRunbooks.Engine.Activities.BuiltIn;

[Activity("Data", "Sets a runbook variable.", Traits = ActivityTraits.Pure)]
public sealed class SetVariable : Activity
{
    [Input(Required = true, Description = "The variable to set.")]
    public string Name { get; set; } = string.Empty;

    [Input(Description = "The value (a literal or an expression).")]
    public JsonNode? Value { get; set; }

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        context.SetVariable(Name, Value);
        return ValueTask.FromResult(ActivityResult.Done);
    }
}
