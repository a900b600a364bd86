using System.Text.Json.Nodes;

namespace VCRunbooks.Engine.Activities.BuiltIn;

/// <summary>Sets one runbook variable; the value is journaled, so never a secret. Outcome: Done.</summary>
[Activity("Data", "Sets a runbook variable.", Traits = ActivityTraits.Pure)]
public sealed class SetVariable : Activity
{
    /// <summary>The variable's name.</summary>
    [Input(Required = true, Description = "The variable to set.")]
    public string Name { get; set; } = string.Empty;

    /// <summary>The value to store; null clears it.</summary>
    [Input(Description = "The value (a literal or an expression).")]
    public JsonNode? Value { get; set; }

    /// <inheritdoc/>
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        context.SetVariable(Name, Value);
        return ValueTask.FromResult(ActivityResult.Done);
    }
}
