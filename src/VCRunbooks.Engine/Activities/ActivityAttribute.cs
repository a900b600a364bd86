namespace VCRunbooks.Engine.Activities;

/// <summary>Catalog metadata of an activity: category and a one-line description.</summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ActivityAttribute(string category, string description) : Attribute
{
    /// <summary>The group the designer's palette and <c>/api/activities</c> list the activity under, e.g. "vCenter Backup".</summary>
    public string Category { get; } = category;
    /// <summary>One line saying what the activity does, shown in the catalog.</summary>
    public string Description { get; } = description;

    /// <summary>The type name used in definitions; defaults to the class name.</summary>
    public string? TypeName { get; init; }

    /// <summary>How the runner commits after it and whether the validator accepts a cycle through it; <see cref="ActivityTraits.None"/> (side effects, no suspension) when not set.</summary>
    public ActivityTraits Traits { get; init; }
}
