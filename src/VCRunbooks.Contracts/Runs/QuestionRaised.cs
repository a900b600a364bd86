namespace VCRunbooks.Contracts.Runs;

/// <summary>Published when a run asks a human a question and suspends until the answer.</summary>
public sealed record QuestionRaised
{
    /// <summary>The run's id.</summary>
    public required string RunId { get; init; }
    /// <summary>The id to answer the question by (<c>{run id}:{step scope}</c>).</summary>
    public required string QuestionId { get; init; }
    /// <summary>The asking step's id in the runbook definition.</summary>
    public required string ActivityId { get; init; }
    /// <summary>The question as shown to the human.</summary>
    public required string Text { get; init; }
    /// <summary>The answers accepted.</summary>
    public required IReadOnlyList<string> AllowedAnswers { get; init; }
    /// <summary>The answer taken on timeout, or null.</summary>
    public string? DefaultAnswer { get; init; }
    /// <summary>When the default is taken (UTC), or null to wait without limit.</summary>
    public DateTimeOffset? TimeoutAt { get; init; }
    /// <summary>When the question was raised (UTC, engine clock).</summary>
    public required DateTimeOffset At { get; init; }
}
