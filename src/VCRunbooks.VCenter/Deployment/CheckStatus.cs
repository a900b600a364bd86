namespace VCRunbooks.VCenter.Deployment;

/// <summary>Whether a deployment check passed.</summary>
public enum CheckStatus
{
    Success,
    Failed,
}
