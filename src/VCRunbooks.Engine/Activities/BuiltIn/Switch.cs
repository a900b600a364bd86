namespace VCRunbooks.Engine.Activities.BuiltIn;

[Activity("Flow", "Branches to the outcome named by a value, or Default.", Traits = ActivityTraits.Pure)]
[Outcomes("Default", DynamicFromInput = nameof(Cases))]
public sealed class Switch : Activity
{
    [Input(Required = true, Description = "The value to match against the cases.")]
    public string? Value { get; set; }

    [Input(Required = true, Description = "The case names; each is an outcome.")]
    public string[] Cases { get; set; } = [];

    [Output(Description = "The case that matched, or null.")]
    public string? Matched { get; set; }

    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        Matched = Cases.FirstOrDefault(c => string.Equals(c, Value, StringComparison.Ordinal));
        return ValueTask.FromResult(ActivityResult.Complete(Matched ?? "Default"));
    }
}
