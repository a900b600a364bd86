using VCRunbooks.VCenter.Infraprofile;

namespace VCRunbooks.Simulator.Infraprofile;

/// <summary>The configuration profiles a simulated appliance exports and imports.</summary>
internal static class ProfileCatalog
{
    public const string ApplianceManagement = "ApplianceManagement";
    public const string ApplianceNetwork = "ApplianceNetwork";

    public static readonly IReadOnlyList<ProfileInfo> Profiles =
    [
        new() { Name = ApplianceManagement, Info = "Appliance management settings: syslog forwarding, time synchronization, NTP servers and time zone." },
        new() { Name = ApplianceNetwork, Info = "Appliance network settings: DNS servers." },
    ];

    public static bool Exists(string name) => Profiles.Any(p => p.Name == name);

    public static readonly IReadOnlySet<string> TimeSyncModes = new HashSet<string>(StringComparer.Ordinal) { "NTP", "HOST", "DISABLED" };
}
