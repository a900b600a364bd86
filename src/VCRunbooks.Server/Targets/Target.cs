namespace VCRunbooks.Server.Targets;

/// <summary>A vCenter Server the runbooks can act on, with references to the secrets that log in to it.</summary>
internal sealed class Target
{
    public required string Name { get; set; }
    /// <summary>Host name or IP address the client connects to.</summary>
    public required string Address { get; set; }
    /// <summary><c>https</c> for a real vCenter; <c>http</c> only for a simulator on loopback.</summary>
    public string Scheme { get; set; } = "https";
    /// <summary>Port of the vCenter API (/api, /rest).</summary>
    public int ApiPort { get; set; } = 443;
    /// <summary>Port of the appliance management interface (VAMI, root login for stage 2 and restore).</summary>
    public int ManagementPort { get; set; } = 5480;
    /// <summary>Host header to send when it differs from the address (the simulator routes appliances by it).</summary>
    public string? HostHeader { get; set; }
    public string SsoUser { get; set; } = "administrator@vsphere.local";
    /// <summary>Name of the secret holding the SSO user's password.</summary>
    public string? SsoPasswordSecret { get; set; }
    /// <summary>Name of the secret holding the appliance root password.</summary>
    public string? RootPasswordSecret { get; set; }
    /// <summary>SHA-256 thumbprint of the expected TLS certificate, hex; null trusts the system's CA store.</summary>
    public string? Thumbprint { get; set; }
    public List<string> Tags { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public Uri ApiBaseAddress => new UriBuilder(Scheme, Address, ApiPort).Uri;
    public Uri ManagementBaseAddress => new UriBuilder(Scheme, Address, ManagementPort).Uri;
}
