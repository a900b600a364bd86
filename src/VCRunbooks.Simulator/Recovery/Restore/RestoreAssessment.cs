using VCRunbooks.Simulator.Recovery.Backup;
using VCRunbooks.VCenter.Common;
using VCRunbooks.VCenter.Recovery.Restore;

namespace VCRunbooks.Simulator.Recovery.Restore;

/// <summary>What validating a restore request found: the archive, and what stands in the way of restoring it here.</summary>
internal sealed record RestoreAssessment(BackupArchive Archive, IReadOnlyList<LocalizableMessage> Errors, IReadOnlyList<LocalizableMessage> Warnings)
{
    public bool Applicable => Errors.Count == 0;

    public RestoreMetadata ToMetadata() => new()
    {
        Timestamp = Archive.Timestamp,
        Parts = Archive.Parts,
        Version = Archive.Version,
        Boxname = Archive.SystemName,
        SsoLoginRequired = true,
        Comment = Archive.Comment,
        Applicable = Applicable,
        Messages = [.. Errors, .. Warnings],
    };
}
