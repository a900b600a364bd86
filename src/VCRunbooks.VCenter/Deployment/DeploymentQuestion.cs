using VCRunbooks.VCenter.Common;

namespace VCRunbooks.VCenter.Deployment;

/// <summary>One question raised during stage 2; answers are drawn from <see cref="PossibleAnswers"/>.</summary>
public sealed record DeploymentQuestion
{
    /// <summary>Question id, to pass as <see cref="AnswerSpec.QuestionId"/>.</summary>
    public required string Id { get; init; }
    /// <summary>The question text.</summary>
    public required LocalizableMessage Question { get; init; }
    /// <summary>The kind of question.</summary>
    public required QuestionType Type { get; init; }
    /// <summary>The answer auto-answer would give.</summary>
    public required string DefaultAnswer { get; init; }
    /// <summary>The accepted answers.</summary>
    public required IReadOnlyList<string> PossibleAnswers { get; init; }
}
