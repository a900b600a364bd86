using VCRunbooks.Simulator.Appliances;

namespace VCRunbooks.Simulator.Infraprofile;

/// <summary>
/// Appliance settings that infrastructure profiles carry besides syslog forwarding: time synchronisation, NTP
/// servers, time zone and DNS servers. No API of this simulator changes them except a profile import.
/// </summary>
internal sealed class ApplianceSettingsState : IApplianceFeature<ApplianceSettingsState>
{
    public static ApplianceSettingsState Create(Appliance appliance) => new();

    /// <summary>NTP, HOST or DISABLED (appliance.Timesync.TimeSyncMode).</summary>
    public string TimeSyncMode { get; set; } = "NTP";
    public IReadOnlyList<string> NtpServers { get; set; } = ["time.vmware.com"];
    public string TimeZone { get; set; } = "Etc/UTC";
    public IReadOnlyList<string> DnsServers { get; set; } = ["10.0.0.2"];

    public void Advance(DateTimeOffset now)
    {
    }
}
