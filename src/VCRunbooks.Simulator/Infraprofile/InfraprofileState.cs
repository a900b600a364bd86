using VCRunbooks.Simulator.Appliances;
using VCRunbooks.Simulator.Logging;

namespace VCRunbooks.Simulator.Infraprofile;

/// <summary>
/// Profile imports of one appliance: one at a time; the settings change when the import task completes
/// (<see cref="ImportDuration"/> on the virtual clock). Validation takes <see cref="ValidateDuration"/>.
/// </summary>
internal sealed class InfraprofileState(Appliance appliance) : IApplianceFeature<InfraprofileState>
{
    public static readonly TimeSpan ValidateDuration = TimeSpan.FromSeconds(30);
    public static readonly TimeSpan ImportDuration = TimeSpan.FromMinutes(2);

    public static InfraprofileState Create(Appliance appliance) => new(appliance);

    /// <summary>The import task in progress, if any.</summary>
    public string? RunningImport { get; private set; }

    internal void StartImport(string taskId) => RunningImport = taskId;

    internal void EndImport() => RunningImport = null;

    internal void Apply(ParsedProfile profile, DateTimeOffset at)
    {
        EndImport();
        var settings = appliance.Feature<ApplianceSettingsState>();
        if (profile.Syslog is { } syslog)
        {
            appliance.Feature<SyslogForwardingState>().Set(syslog);
        }
        settings.TimeSyncMode = profile.TimeSyncMode ?? settings.TimeSyncMode;
        settings.NtpServers = profile.NtpServers ?? settings.NtpServers;
        settings.TimeZone = profile.TimeZone ?? settings.TimeZone;
        settings.DnsServers = profile.DnsServers ?? settings.DnsServers;
        appliance.Ledger.Record(at, "infraprofile.imported", appliance.Name, string.Join(",", profile.Profiles));
    }

    public void Advance(DateTimeOffset now)
    {
        // A canceled or failed import frees the slot too.
        if (RunningImport is { } id && appliance.Tasks.Find(id) is { IsDone: true })
        {
            RunningImport = null;
        }
    }
}
