namespace VCRunbooks.Contracts.Runs;

/// <summary>A run asks a human a question and waits for the answer.</summary>
public sealed record QuestionRaised
{
    public required string RunId { get; init; }
    public required string QuestionId { get; init; }
    public required string ActivityId { get; init; }
    public required string Text { get; init; }
    public required IReadOnlyList<string> AllowedAnswers { get; init; }
    public string? DefaultAnswer { get; init; }
    public DateTimeOffset? TimeoutAt { get; init; }
    public required DateTimeOffset At { get; init; }
}
