namespace VCRunbooks.VCenter.Common;

/// <summary>Progress of a task: completed out of total, with a message.</summary>
public sealed record TaskProgress
{
    public required long Total { get; init; }
    public required long Completed { get; init; }
    public required LocalizableMessage Message { get; init; }
}
