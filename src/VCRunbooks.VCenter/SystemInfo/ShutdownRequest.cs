namespace VCRunbooks.VCenter.SystemInfo;

/// <summary>A reboot or power-off: after <see cref="Delay"/> minutes (0 = now), with a reason.</summary>
public sealed record ShutdownRequest
{
    /// <summary>Minutes to wait before shutting down; 0 shuts down now.</summary>
    public required long Delay { get; init; }
    /// <summary>Why the appliance is shut down; reported back by <c>GET /api/appliance/shutdown</c>.</summary>
    public required string Reason { get; init; }
}
