using VCRunbooks.VCenter.Common;

namespace VCRunbooks.VCenter.Recovery.Restore;

/// <summary>What restore validate reads from an archive, and whether it applies to this appliance.</summary>
public sealed record RestoreMetadata
{
    public required DateTimeOffset Timestamp { get; init; }
    public required IReadOnlyList<string> Parts { get; init; }
    public required string Version { get; init; }
    /// <summary>The backed-up appliance's PNID/FQDN.</summary>
    public required string Boxname { get; init; }
    public bool? SsoLoginRequired { get; init; }
    public required string Comment { get; init; }
    public required bool Applicable { get; init; }
    public required IReadOnlyList<LocalizableMessage> Messages { get; init; }
}
