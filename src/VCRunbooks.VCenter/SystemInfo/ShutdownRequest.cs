namespace VCRunbooks.VCenter.SystemInfo;

/// <summary>A reboot or power-off: after <see cref="Delay"/> minutes (0 = now), with a reason.</summary>
public sealed record ShutdownRequest
{
    public required long Delay { get; init; }
    public required string Reason { get; init; }
}
