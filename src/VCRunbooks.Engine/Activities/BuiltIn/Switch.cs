namespace VCRunbooks.Engine.Activities.BuiltIn;

/// <summary>Branches to the case equal (ordinal, case-sensitive) to <see cref="Value"/>, or to Default.</summary>
[Activity("Flow", "Branches to the outcome named by a value, or Default.", Traits = ActivityTraits.Pure)]
[Outcomes("Default", DynamicFromInput = nameof(Cases))]
public sealed class Switch : Activity
{
    /// <summary>The value compared with each case.</summary>
    [Input(Required = true, Description = "The value to match against the cases.")]
    public string? Value { get; set; }

    /// <summary>The case names, each an outcome; as a literal the validator checks connections against them, as an expression it cannot.</summary>
    [Input(Required = true, Description = "The case names; each is an outcome.")]
    public string[] Cases { get; set; } = [];

    /// <summary>The matching case, or null when Default was taken.</summary>
    [Output(Description = "The case that matched, or null.")]
    public string? Matched { get; set; }

    /// <inheritdoc/>
    public override ValueTask<ActivityResult> ExecuteAsync(ActivityContext context)
    {
        Matched = Cases.FirstOrDefault(c => string.Equals(c, Value, StringComparison.Ordinal));
        return ValueTask.FromResult(ActivityResult.Complete(Matched ?? "Default"));
    }
}
