namespace VCRunbooks.Engine.Activities;

/// <summary>Marks a property as an activity output, stored with the run and readable by later expressions.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class OutputAttribute : Attribute
{
    public string? Name { get; init; }
    public string? Description { get; init; }
}
