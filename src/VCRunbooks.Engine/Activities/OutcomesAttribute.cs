namespace VCRunbooks.Engine.Activities;

/// <summary>The outcomes an activity completes with; "Done" when absent.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class OutcomesAttribute(params string[] outcomes) : Attribute
{
    /// <summary>The fixed outcome names, in the order the designer shows them.</summary>
    public IReadOnlyList<string> Outcomes { get; } = outcomes;

    /// <summary>An input whose literal string[] value adds outcomes (Switch cases, Ask answers).</summary>
    public string? DynamicFromInput { get; init; }
}
