namespace VCRunbooks.Engine.Activities;

/// <summary>Marks a property as a typed activity input shown in the catalog.</summary>
[AttributeUsage(AttributeTargets.Property, Inherited = true)]
public sealed class InputAttribute : Attribute
{
    /// <summary>The input's name in definitions; the property name when null.</summary>
    public string? Name { get; init; }
    /// <summary>One line for the designer and the catalog.</summary>
    public string? Description { get; init; }
    /// <summary>When true, validation rejects a definition that does not give the input.</summary>
    public bool Required { get; init; }

    /// <summary>Default as a constant (strings for TimeSpan, e.g. "00:05:00").</summary>
    public object? Default { get; init; }

    /// <summary>The values a string input accepts, when it is one of a fixed set (the designer offers a list).</summary>
    public string[]? Choices { get; init; }
}
