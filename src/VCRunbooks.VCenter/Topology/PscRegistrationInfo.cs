namespace VCRunbooks.VCenter.Topology;

/// <summary>vcenter.system_config.PscRegistration.Info: the PSC (SSO) a vCenter is registered with.</summary>
public sealed record PscRegistrationInfo
{
    public required string Address { get; init; }
    public required long HttpsPort { get; init; }
    public required string SsoDomain { get; init; }
}
