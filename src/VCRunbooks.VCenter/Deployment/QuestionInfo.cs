namespace VCRunbooks.VCenter.Deployment;

/// <summary>The questions a paused stage-2 operation waits on.</summary>
public sealed record QuestionInfo
{
    public required IReadOnlyList<DeploymentQuestion> Questions { get; init; }
}
