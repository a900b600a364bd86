namespace VCRunbooks.Simulator.Logging;

/// <summary>Control API: whether a remote syslog host answers TCP/TLS connections.</summary>
public sealed record SyslogHostRequest(string? Hostname, bool Up);
