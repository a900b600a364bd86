namespace VCRunbooks.Engine.Activities;

/// <summary>What the designer and the API show about an activity type.</summary>
public sealed record ActivityDescriptor
{
    public required string Type { get; init; }
    public required string Category { get; init; }
    public required string Description { get; init; }
    public ActivityTraits Traits { get; init; }
    public required IReadOnlyList<InputDescriptor> Inputs { get; init; }
    public required IReadOnlyList<OutputDescriptor> Outputs { get; init; }
    public required IReadOnlyList<string> Outcomes { get; init; }

    /// <summary>An input whose literal string[] value adds outcomes (e.g. Switch's Cases).</summary>
    public string? DynamicOutcomesInput { get; init; }

    internal Type ClrType { get; init; } = typeof(object);
}
