using System.Reflection;

namespace VCRunbooks.Engine.Activities;

/// <summary>One output an activity produces.</summary>
public sealed record OutputDescriptor
{
    public required string Name { get; init; }
    public required string Type { get; init; }
    public string? Description { get; init; }

    internal PropertyInfo Property { get; init; } = null!;
}
