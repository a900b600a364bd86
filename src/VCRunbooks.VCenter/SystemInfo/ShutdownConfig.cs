namespace VCRunbooks.VCenter.SystemInfo;

/// <summary>The pending shutdown: when, what (reboot, poweroff or "") and why.</summary>
public sealed record ShutdownConfig
{
    /// <summary>When the pending shutdown happens; null when none is pending.</summary>
    public DateTimeOffset? ShutdownTime { get; init; }
    /// <summary>The pending operation: <c>reboot</c>, <c>poweroff</c>, or empty when none is pending.</summary>
    public required string Action { get; init; }
    /// <summary>The reason given when the shutdown was scheduled.</summary>
    public required string Reason { get; init; }
}
