namespace VCRunbooks.VCenter.Deployment;

/// <summary>An embedded vCenter: a new SSO domain (standalone) or a replica of a partner's (replicated).</summary>
public sealed record InstallVcsaEmbeddedSpec
{
    public StandaloneSpec? Standalone { get; init; }
    public ReplicatedSpec? Replicated { get; init; }
    public required bool CeipEnabled { get; init; }
}
