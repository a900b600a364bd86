namespace VCRunbooks.Contracts.Runs;

/// <summary>Published when a question gets its answer, from a human or from its default on timeout.</summary>
public sealed record QuestionAnswered
{
    /// <summary>The run's id.</summary>
    public required string RunId { get; init; }
    /// <summary>The question, as in <see cref="QuestionRaised.QuestionId"/>.</summary>
    public required string QuestionId { get; init; }
    /// <summary>The answer taken: one of the allowed answers, or the default on timeout.</summary>
    public required string Answer { get; init; }
    /// <summary>Who answered, when known; null on timeout.</summary>
    public string? AnsweredBy { get; init; }
    /// <summary>True when the default answer was taken because the timeout passed.</summary>
    public required bool TimedOut { get; init; }
    /// <summary>When the answer was taken (UTC, engine clock).</summary>
    public required DateTimeOffset At { get; init; }
}
