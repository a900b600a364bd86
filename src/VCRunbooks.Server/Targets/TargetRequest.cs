namespace VCRunbooks.Server.Targets;

/// <summary>A target as written through the API; unset optional fields take their defaults.</summary>
internal sealed record TargetRequest
{
    /// <summary>Host name or IP address of the vCenter Server.</summary>
    public string? Address { get; init; }
    /// <summary><c>https</c> (default) or <c>http</c>.</summary>
    public string? Scheme { get; init; }
    /// <summary>vCenter API port; default 443.</summary>
    public int? ApiPort { get; init; }
    /// <summary>Appliance management port; default 5480.</summary>
    public int? ManagementPort { get; init; }
    /// <summary>Host header to send when it differs from the address.</summary>
    public string? HostHeader { get; init; }
    /// <summary>SSO user; default administrator@vsphere.local.</summary>
    public string? SsoUser { get; init; }
    /// <summary>Name of the secret with the SSO password.</summary>
    public string? SsoPasswordSecret { get; init; }
    /// <summary>Name of the secret with the appliance root password.</summary>
    public string? RootPasswordSecret { get; init; }
    /// <summary>SHA-256 thumbprint of the vCenter's TLS certificate.</summary>
    public string? Thumbprint { get; init; }
    public IReadOnlyList<string>? Tags { get; init; }
}
