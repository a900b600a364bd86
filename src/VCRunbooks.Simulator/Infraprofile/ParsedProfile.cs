using VCRunbooks.VCenter.Logging;

namespace VCRunbooks.Simulator.Infraprofile;

/// <summary>The settings a valid profile document carries, per profile; null where the document has none.</summary>
internal sealed record ParsedProfile
{
    public List<string> Profiles { get; } = [];
    public IReadOnlyList<ForwardingConfig>? Syslog { get; set; }
    public string? TimeSyncMode { get; set; }
    public IReadOnlyList<string>? NtpServers { get; set; }
    public string? TimeZone { get; set; }
    public IReadOnlyList<string>? DnsServers { get; set; }
}
