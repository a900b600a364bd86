namespace VCRunbooks.VCenter.Common;

/// <summary>Progress of a task: completed out of total, with a message.</summary>
public sealed record TaskProgress
{
    /// <summary>Total amount of work, in operation-specific units.</summary>
    public required long Total { get; init; }
    /// <summary>Work done so far, in the same units as <see cref="Total"/>.</summary>
    public required long Completed { get; init; }
    /// <summary>What the operation is doing now.</summary>
    public required LocalizableMessage Message { get; init; }
}
