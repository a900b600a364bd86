using VCRunbooks.VCenter.Common;

namespace VCRunbooks.VCenter.Recovery.Restore;

/// <summary>The state of the appliance's restore job (NONE before any).</summary>
public sealed record RestoreJobStatus
{
    /// <summary>Where the restore is; NONE before any restore.</summary>
    public required ProcessState State { get; init; }
    /// <summary>Messages the restore reported.</summary>
    public required IReadOnlyList<LocalizableMessage> Messages { get; init; }
    /// <summary>Percent complete, 0–100.</summary>
    public required long Progress { get; init; }
}
