namespace VCRunbooks.VCenter.Common;

/// <summary>The target of a task: a resource type and id.</summary>
public sealed record DynamicId
{
    public required string Type { get; init; }
    public required string Id { get; init; }
}
