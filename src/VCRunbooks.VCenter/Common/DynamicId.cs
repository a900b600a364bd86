namespace VCRunbooks.VCenter.Common;

/// <summary>The target of a task: a resource type and id.</summary>
public sealed record DynamicId
{
    /// <summary>The vAPI resource type of the resource.</summary>
    public required string Type { get; init; }
    /// <summary>Identifier of the resource within <see cref="Type"/>.</summary>
    public required string Id { get; init; }
}
