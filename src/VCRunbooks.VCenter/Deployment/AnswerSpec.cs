namespace VCRunbooks.VCenter.Deployment;

/// <summary>An answer to a raised question.</summary>
public sealed record AnswerSpec
{
    public required string QuestionId { get; init; }
    public required string AnswerVal { get; init; }
}
