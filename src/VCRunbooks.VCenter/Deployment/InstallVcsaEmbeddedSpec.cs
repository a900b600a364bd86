namespace VCRunbooks.VCenter.Deployment;

/// <summary>An embedded vCenter: a new SSO domain (standalone) or a replica of a partner's (replicated).</summary>
public sealed record InstallVcsaEmbeddedSpec
{
    /// <summary>Settings for a new SSO domain; set this or <see cref="Replicated"/>.</summary>
    public StandaloneSpec? Standalone { get; init; }
    /// <summary>Settings to join a partner's SSO domain; set this or <see cref="Standalone"/>.</summary>
    public ReplicatedSpec? Replicated { get; init; }
    /// <summary>Whether to join the Customer Experience Improvement Program.</summary>
    public required bool CeipEnabled { get; init; }
}
