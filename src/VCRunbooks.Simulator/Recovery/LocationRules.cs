using VCRunbooks.Simulator.Vapi;
using VCRunbooks.VCenter.Recovery;

namespace VCRunbooks.Simulator.Recovery;

/// <summary>How the simulator reads backup locations: URLs whose scheme is one of the location types.</summary>
internal static class LocationRules
{
    /// <summary>The location as archives are keyed: trimmed, without a trailing slash.</summary>
    public static string Normalize(string location) => location.Trim().TrimEnd('/');

    public static string Require(string? location, string field)
    {
        if (string.IsNullOrWhiteSpace(location))
        {
            throw VapiException.InvalidArgument(field, "a backup location is required, e.g. sftp://backup.example.com/vcsa.");
        }
        return Normalize(location);
    }

    /// <summary>The location type a URL names by its scheme, or null when it has none the API knows.</summary>
    public static LocationType? TypeOf(string location)
    {
        var colon = location.IndexOf("://", StringComparison.Ordinal);
        if (colon <= 0)
        {
            return null;
        }
        return location[..colon].ToUpperInvariant() switch
        {
            "FTP" => LocationType.Ftp,
            "FTPS" => LocationType.Ftps,
            "HTTP" => LocationType.Http,
            "HTTPS" => LocationType.Https,
            "SCP" => LocationType.Scp,
            "SFTP" => LocationType.Sftp,
            "NFS" => LocationType.Nfs,
            "SMB" => LocationType.Smb,
            _ => null,
        };
    }
}
