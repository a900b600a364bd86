namespace VCRunbooks.VCenter.Deployment;

/// <summary>The questions a paused stage-2 operation waits on.</summary>
public sealed record QuestionInfo
{
    /// <summary>The questions raised; answer each before the operation resumes.</summary>
    public required IReadOnlyList<DeploymentQuestion> Questions { get; init; }
}
