namespace VCRunbooks.VCenter.Topology;

/// <summary>vcenter.system_config.PscRegistration.Info: the PSC (SSO) a vCenter is registered with.</summary>
public sealed record PscRegistrationInfo
{
    /// <summary>IP address or DNS name of the PSC.</summary>
    public required string Address { get; init; }
    /// <summary>HTTPS port of the PSC.</summary>
    public required long HttpsPort { get; init; }
    /// <summary>SSO domain of the PSC, e.g. <c>vsphere.local</c>.</summary>
    public required string SsoDomain { get; init; }
}
