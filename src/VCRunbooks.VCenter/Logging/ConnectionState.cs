namespace VCRunbooks.VCenter.Logging;

/// <summary>appliance.logging.Forwarding.ConnectionStatus.State; UDP is always UNKNOWN.</summary>
public enum ConnectionState
{
    /// <summary>The server is reachable (wire <c>UP</c>).</summary>
    Up,
    /// <summary>The server cannot be reached (<c>DOWN</c>).</summary>
    Down,
    /// <summary>Reachability cannot be told, always so for UDP (<c>UNKNOWN</c>).</summary>
    Unknown,
}
