namespace VCRunbooks.Engine.Activities;

/// <summary>Catalog metadata of an activity: category and a one-line description.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ActivityAttribute(string category, string description) : Attribute
{
    public string Category { get; } = category;
    public string Description { get; } = description;

    /// <summary>The type name used in definitions; defaults to the class name.</summary>
    public string? TypeName { get; init; }

    public ActivityTraits Traits { get; init; }
}
