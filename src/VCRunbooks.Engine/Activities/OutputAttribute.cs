namespace VCRunbooks.Engine.Activities;

/// <summary>Marks a property as an activity output, stored with the run and readable by later expressions.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class OutputAttribute : Attribute
{
    /// <summary>The output's name for <c>Output&lt;T&gt;(activityId, name)</c>; the property name when null.</summary>
    public string? Name { get; init; }
    /// <summary>One line for the designer and the catalog.</summary>
    public string? Description { get; init; }
}
