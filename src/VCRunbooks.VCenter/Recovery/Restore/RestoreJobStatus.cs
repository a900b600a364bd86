using VCRunbooks.VCenter.Common;

namespace VCRunbooks.VCenter.Recovery.Restore;

/// <summary>The state of the appliance's restore job (NONE before any).</summary>
public sealed record RestoreJobStatus
{
    public required ProcessState State { get; init; }
    public required IReadOnlyList<LocalizableMessage> Messages { get; init; }
    public required long Progress { get; init; }
}
