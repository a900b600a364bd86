namespace VCRunbooks.VCenter.Topology;

/// <summary>vcenter.deployment.RemotePscSpec: an external PSC to register with or repoint to.</summary>
public sealed record RemotePscSpec
{
    public required string PscHostname { get; init; }
    public long? HttpsPort { get; init; }
    public required string SsoAdminPassword { get; init; }
    public string? SslThumbprint { get; init; }
    public bool? SslVerify { get; init; }
}
