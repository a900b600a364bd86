namespace VCRunbooks.Contracts.Runs;

/// <summary>A question got its answer, from a human or from its default on timeout.</summary>
public sealed record QuestionAnswered
{
    public required string RunId { get; init; }
    public required string QuestionId { get; init; }
    public required string Answer { get; init; }
    public string? AnsweredBy { get; init; }
    public required bool TimedOut { get; init; }
    public required DateTimeOffset At { get; init; }
}
