using System.Reflection;

namespace VCRunbooks.Engine.Activities;

/// <summary>One output an activity produces.</summary>
public sealed record OutputDescriptor
{
    /// <summary>The name later expressions read it by.</summary>
    public required string Name { get; init; }
    /// <summary>Its definition-format type name.</summary>
    public required string Type { get; init; }
    /// <summary>The one-line description, or null.</summary>
    public string? Description { get; init; }

    internal PropertyInfo Property { get; init; } = null!;
}
