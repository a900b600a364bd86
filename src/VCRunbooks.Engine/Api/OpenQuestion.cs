namespace VCRunbooks.Engine;

/// <summary>A question a run waits on, as chat or the web UI shows it.</summary>
public sealed record OpenQuestion(
    string QuestionId,
    string RunId,
    string? ActivityId,
    string Text,
    IReadOnlyList<string> AllowedAnswers,
    string? DefaultAnswer,
    DateTimeOffset AskedAt,
    string? DefinitionId = null,
    string? Target = null,
    DateTimeOffset? TimesOutAt = null);
