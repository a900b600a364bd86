using VCRunbooks.VCenter.Recovery.Backup;

namespace VCRunbooks.VCenter.Client.Backup;

/// <summary>Backups stored at a location (appliance.recovery.backup.system_name and its archives).</summary>
public interface IBackupArchivesClient
{
    /// <summary>The systems (appliance names) that have backups at the location.</summary>
    Task<IReadOnlyList<string>> ListSystemNamesAsync(LocationSpec location, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ArchiveSummary>> ListAsync(string systemName, LocationSpec location, ArchiveFilterSpec? filter = null, CancellationToken cancellationToken = default);

    Task<ArchiveInfo> GetAsync(string systemName, string archive, LocationSpec location, CancellationToken cancellationToken = default);
}
