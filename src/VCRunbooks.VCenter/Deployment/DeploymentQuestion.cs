using VCRunbooks.VCenter.Common;

namespace VCRunbooks.VCenter.Deployment;

/// <summary>One question raised during stage 2; answers are drawn from <see cref="PossibleAnswers"/>.</summary>
public sealed record DeploymentQuestion
{
    public required string Id { get; init; }
    public required LocalizableMessage Question { get; init; }
    public required QuestionType Type { get; init; }
    public required string DefaultAnswer { get; init; }
    public required IReadOnlyList<string> PossibleAnswers { get; init; }
}
