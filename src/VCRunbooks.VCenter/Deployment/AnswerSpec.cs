namespace VCRunbooks.VCenter.Deployment;

/// <summary>An answer to a raised question.</summary>
public sealed record AnswerSpec
{
    /// <summary>The question's <see cref="DeploymentQuestion.Id"/>.</summary>
    public required string QuestionId { get; init; }
    /// <summary>The answer, one of <see cref="DeploymentQuestion.PossibleAnswers"/> (wire <c>answer_val</c>).</summary>
    public required string AnswerVal { get; init; }
}
