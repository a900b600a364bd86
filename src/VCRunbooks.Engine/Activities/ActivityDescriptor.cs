namespace VCRunbooks.Engine.Activities;

/// <summary>What the designer and the API show about an activity type.</summary>
public sealed record ActivityDescriptor
{
    /// <summary>The type name definitions use (the class name unless <see cref="ActivityAttribute.TypeName"/> says otherwise).</summary>
    public required string Type { get; init; }
    /// <summary>The palette group, from <see cref="ActivityAttribute.Category"/>.</summary>
    public required string Category { get; init; }
    /// <summary>The one-line description, from <see cref="ActivityAttribute.Description"/>.</summary>
    public required string Description { get; init; }
    /// <summary>The activity's traits, from <see cref="ActivityAttribute.Traits"/>.</summary>
    public ActivityTraits Traits { get; init; }
    /// <summary>Its [Input] properties, in declaration order.</summary>
    public required IReadOnlyList<InputDescriptor> Inputs { get; init; }
    /// <summary>Its [Output] properties, readable by later activities' expressions as <c>Output&lt;T&gt;(activityId, name)</c>.</summary>
    public required IReadOnlyList<OutputDescriptor> Outputs { get; init; }
    /// <summary>The fixed outcomes connections may start from (<c>Done</c> when the class has no [Outcomes]); see <see cref="DynamicOutcomesInput"/> for the rest.</summary>
    public required IReadOnlyList<string> Outcomes { get; init; }

    /// <summary>An input whose literal string[] value adds outcomes (e.g. Switch's Cases).</summary>
    public string? DynamicOutcomesInput { get; init; }

    internal Type ClrType { get; init; } = typeof(object);
}
