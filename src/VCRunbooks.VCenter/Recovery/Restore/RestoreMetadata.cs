using VCRunbooks.VCenter.Common;

namespace VCRunbooks.VCenter.Recovery.Restore;

/// <summary>What restore validate reads from an archive, and whether it applies to this appliance.</summary>
public sealed record RestoreMetadata
{
    /// <summary>When the backup was completed.</summary>
    public required DateTimeOffset Timestamp { get; init; }
    /// <summary>The parts in the backup, e.g. <c>common</c>, <c>seat</c>.</summary>
    public required IReadOnlyList<string> Parts { get; init; }
    /// <summary>Appliance version the backup was taken from.</summary>
    public required string Version { get; init; }
    /// <summary>The backed-up appliance's PNID/FQDN.</summary>
    public required string Boxname { get; init; }
    /// <summary>Whether the restore needs SSO credentials; null on versions that do not say.</summary>
    public bool? SsoLoginRequired { get; init; }
    /// <summary>The comment given at backup.</summary>
    public required string Comment { get; init; }
    /// <summary>Whether this appliance matches the backed-up one's deployment type, network and version.</summary>
    public required bool Applicable { get; init; }
    /// <summary>Why the backup is not applicable; empty when it is.</summary>
    public required IReadOnlyList<LocalizableMessage> Messages { get; init; }
}
