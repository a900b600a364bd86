namespace VCRunbooks.VCenter.Logging;

/// <summary>appliance.logging.Forwarding.ConnectionStatus.State; UDP is always UNKNOWN.</summary>
public enum ConnectionState
{
    Up,
    Down,
    Unknown,
}
