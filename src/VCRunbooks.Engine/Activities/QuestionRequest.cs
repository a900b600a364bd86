namespace VCRunbooks.Engine.Activities;

/// <summary>
/// A question an activity asks a human through <see cref="ActivityContext.Ask"/>: operators see it in the questions
/// API and the inbox, and chat posts it with a button per allowed answer.
/// </summary>
/// <param name="Text">The question as operators read it.</param>
public sealed record QuestionRequest(string Text)
{
    /// <summary>The answers accepted (an answer is matched case-insensitively and kept in this spelling); any text when empty.</summary>
    public IReadOnlyList<string> AllowedAnswers { get; init; } = [];

    /// <summary>The answer taken when <see cref="Timeout"/> passes; chat marks it.</summary>
    public string? DefaultAnswer { get; init; }

    /// <summary>How long to wait for a human before <see cref="DefaultAnswer"/> is taken; no timeout when null.</summary>
    public TimeSpan? Timeout { get; init; }

    /// <summary>
    /// Distinguishes the questions one step asks in turn (e.g. the id of the thing asked about); the question id is the
    /// step key, plus <c>:Key</c> when set, so it stays the same across crashes and retries of the step.
    /// </summary>
    public string? Key { get; init; }
}
