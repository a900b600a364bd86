namespace VCRunbooks.Engine.Definitions;

/// <summary>When activity From completes with Outcome, a token goes to activity To.</summary>
public sealed record ConnectionDefinition
{
    public required string From { get; init; }
    public string Outcome { get; init; } = "Done";
    public required string To { get; init; }
}
