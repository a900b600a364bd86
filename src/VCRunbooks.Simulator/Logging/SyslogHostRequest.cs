namespace VCRunbooks.Simulator.Logging;

/// <summary>Control API: whether a remote syslog host answers TCP/TLS connections.</summary>
internal sealed record SyslogHostRequest(string? Hostname, bool Up);
