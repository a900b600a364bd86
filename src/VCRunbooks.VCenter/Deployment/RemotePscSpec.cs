namespace VCRunbooks.VCenter.Deployment;

/// <summary>install/remote-psc check input: an external Platform Services Controller.</summary>
public sealed record RemotePscSpec
{
    public required string PscHostname { get; init; }
    public long? HttpsPort { get; init; }
    public required string SsoAdminPassword { get; init; }
    public string? SslThumbprint { get; init; }
    public bool? SslVerify { get; init; }
}
