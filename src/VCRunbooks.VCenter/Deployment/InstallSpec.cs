namespace VCRunbooks.VCenter.Deployment;

/// <summary>vcenter.deployment.install InstallSpec: how to configure a freshly deployed appliance.</summary>
public sealed record InstallSpec
{
    /// <summary>How to configure the embedded vCenter.</summary>
    public required InstallVcsaEmbeddedSpec VcsaEmbedded { get; init; }
    /// <summary>When true, raised questions take their default answer and the setup never stops.</summary>
    public bool? AutoAnswer { get; init; }
}
