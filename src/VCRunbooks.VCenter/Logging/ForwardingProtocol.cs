namespace VCRunbooks.VCenter.Logging;

/// <summary>appliance.logging.Forwarding.Protocol (the spec has no RELP, whatever the guide's diagram says).</summary>
public enum ForwardingProtocol
{
    Tls,
    Udp,
    Tcp,
}
