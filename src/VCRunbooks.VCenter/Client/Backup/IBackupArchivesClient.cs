using VCRunbooks.VCenter.Recovery.Backup;

namespace VCRunbooks.VCenter.Client.Backup;

/// <summary>Backups stored at a location (appliance.recovery.backup.system_name and its archives).</summary>
public interface IBackupArchivesClient
{
    /// <summary>The systems (appliance names) that have backups at the location (<c>POST /api/appliance/recovery/backup/system-name?action=list</c>); NOT_FOUND when the location does not exist.</summary>
    Task<IReadOnlyList<string>> ListSystemNamesAsync(LocationSpec location, CancellationToken cancellationToken = default);

    /// <summary>The archives of <paramref name="systemName"/> at the location, filtered (<c>POST /api/appliance/recovery/backup/system-name/{system_name}/archives?action=list</c>); NOT_FOUND when the location or system does not exist.</summary>
    Task<IReadOnlyList<ArchiveSummary>> ListAsync(string systemName, LocationSpec location, ArchiveFilterSpec? filter = null, CancellationToken cancellationToken = default);

    /// <summary>One archive in full (<c>POST .../system-name/{system_name}/archives/{archive}?action=get</c>); its <see cref="ArchiveInfo.Location"/> is what a restore takes. NOT_FOUND when absent.</summary>
    Task<ArchiveInfo> GetAsync(string systemName, string archive, LocationSpec location, CancellationToken cancellationToken = default);
}
