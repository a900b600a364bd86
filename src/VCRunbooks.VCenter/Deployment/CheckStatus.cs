namespace VCRunbooks.VCenter.Deployment;

/// <summary>Whether a deployment check passed.</summary>
public enum CheckStatus
{
    /// <summary>The check passed; warnings may remain (wire <c>SUCCESS</c>).</summary>
    Success,
    /// <summary>The check found errors (<c>FAILED</c>).</summary>
    Failed,
}
