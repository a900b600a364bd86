using VCRunbooks.Simulator.Recovery.Backup;

namespace VCRunbooks.Simulator.Recovery.Control;

/// <summary>An archive as the control API shows it; <see cref="ArchiveLocation"/> is what a restore passes.</summary>
internal sealed record ArchiveView(string ArchiveLocation, string BackupLocation, string Archive, string SystemName, DateTimeOffset Timestamp,
    string Version, string Build, IReadOnlyList<string> Parts, string Comment, bool Scheduled, bool Encrypted)
{
    internal static ArchiveView Of(BackupArchive archive) => new(archive.FullLocation, archive.Location, archive.Id, archive.SystemName,
        archive.Timestamp, archive.Version, archive.Build, archive.Parts, archive.Comment, archive.Scheduled, archive.BackupPassword is not null);
}
