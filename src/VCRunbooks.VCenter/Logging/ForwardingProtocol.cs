namespace VCRunbooks.VCenter.Logging;

/// <summary>appliance.logging.Forwarding.Protocol (the spec has no RELP, whatever the guide's diagram says).</summary>
public enum ForwardingProtocol
{
    /// <summary>Syslog over TLS (wire <c>TLS</c>).</summary>
    Tls,
    /// <summary>Syslog over UDP; the connection cannot be tested (<c>UDP</c>).</summary>
    Udp,
    /// <summary>Syslog over plain TCP (<c>TCP</c>).</summary>
    Tcp,
}
