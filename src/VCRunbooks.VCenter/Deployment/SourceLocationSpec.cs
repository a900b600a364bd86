namespace VCRunbooks.VCenter.Deployment;

/// <summary>The ESXi host or vCenter that runs the source appliance.</summary>
public sealed record SourceLocationSpec
{
    public required string Hostname { get; init; }
    public long? HttpsPort { get; init; }
    public string? SslThumbprint { get; init; }
    public bool? SslVerify { get; init; }
    public required string Username { get; init; }
    public required string Password { get; init; }
}
