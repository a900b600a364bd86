namespace VCRunbooks.VCenter.Client.Connection;

/// <summary>Where a vCenter Server (or the management side of an appliance) is, and how to talk to it.</summary>
public sealed record VCenterTarget
{
    /// <summary>The appliance's host name (FQDN or IP); also sent as the HTTP Host header.</summary>
    public required string Host { get; init; }

    /// <summary>HTTPS port: 443 for the vAPI endpoint, 5480 for the appliance management side.</summary>
    public int Port { get; init; } = 443;

    /// <summary>Connect here instead of https://Host:Port/ while still sending <see cref="Host"/> (proxies, the simulator).</summary>
    public Uri? ApiBaseUrl { get; init; }

    /// <summary>Which REST form to speak: <c>/api</c> (7.0+, the default) or the deprecated <c>/rest</c>.</summary>
    public ApiFlavor Flavor { get; init; } = ApiFlavor.Api;

    /// <summary>Per-call timeout for this target.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(100);

    /// <summary>SHA-256 of the server certificate (hex, colons allowed); when set it replaces CA validation.</summary>
    public string? CertificateThumbprint { get; init; }

    /// <summary>Accept any server certificate. For labs only; off by default.</summary>
    public bool Insecure { get; init; }

    /// <summary>The management side (port 5480) of an appliance, as stage 2 and restore use it.</summary>
    public static VCenterTarget Management(string host) => new() { Host = host, Port = 5480 };

    /// <summary>The target behind a vAPI endpoint URL found in the Lookup Service (its host and port).</summary>
    public static VCenterTarget FromEndpoint(Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(endpoint);
        if (!endpoint.IsAbsoluteUri)
        {
            throw new ArgumentException("The endpoint URL must be absolute.", nameof(endpoint));
        }
        return new VCenterTarget { Host = endpoint.Host, Port = endpoint.Port };
    }

    /// <summary>The base address requests go to.</summary>
    public Uri BaseAddress => ApiBaseUrl ?? new UriBuilder(Uri.UriSchemeHttps, Host, Port).Uri;

    /// <summary>Throws an <see cref="ArgumentException"/> naming the first bad setting.</summary>
    public void Validate()
    {
        if (string.IsNullOrWhiteSpace(Host))
        {
            throw new ArgumentException("The target host must not be empty.", nameof(Host));
        }
        if (Uri.CheckHostName(Host) == UriHostNameType.Unknown)
        {
            throw new ArgumentException($"'{Host}' is not a valid host name or address.", nameof(Host));
        }
        if (Port is < 1 or > 65535)
        {
            throw new ArgumentOutOfRangeException(nameof(Port), Port, "The port must be between 1 and 65535.");
        }
        if (!Enum.IsDefined(Flavor))
        {
            throw new ArgumentOutOfRangeException(nameof(Flavor), Flavor, "Unknown API flavor; use Api or Rest.");
        }
        if (Timeout <= TimeSpan.Zero && Timeout != System.Threading.Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(Timeout), Timeout, "The timeout must be positive.");
        }
        if (ApiBaseUrl is { IsAbsoluteUri: false })
        {
            throw new ArgumentException("The API base URL must be absolute.", nameof(ApiBaseUrl));
        }
        if (CertificateThumbprint is not null && Thumbprints.Normalize(CertificateThumbprint) is null)
        {
            throw new ArgumentException("The certificate thumbprint must be a SHA-256 hash: 64 hex digits, colons allowed.", nameof(CertificateThumbprint));
        }
        if (Insecure && CertificateThumbprint is not null)
        {
            throw new ArgumentException("Choose either a pinned thumbprint or Insecure, not both.", nameof(Insecure));
        }
    }
}
