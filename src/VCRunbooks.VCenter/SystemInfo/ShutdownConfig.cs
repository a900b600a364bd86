namespace VCRunbooks.VCenter.SystemInfo;

/// <summary>The pending shutdown: when, what (reboot, poweroff or "") and why.</summary>
public sealed record ShutdownConfig
{
    public DateTimeOffset? ShutdownTime { get; init; }
    public required string Action { get; init; }
    public required string Reason { get; init; }
}
