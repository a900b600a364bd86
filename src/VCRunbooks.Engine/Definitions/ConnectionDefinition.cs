namespace VCRunbooks.Engine.Definitions;

/// <summary>When activity From completes with Outcome, a token goes to activity To.</summary>
public sealed record ConnectionDefinition
{
    /// <summary>The id of the activity the connection leaves.</summary>
    public required string From { get; init; }
    /// <summary>The outcome of <see cref="From"/> it follows; <c>Done</c> when not given.</summary>
    public string Outcome { get; init; } = "Done";
    /// <summary>The id of the activity the token goes to.</summary>
    public required string To { get; init; }
}
