using VCRunbooks.VCenter.Recovery.Backup;

namespace VCRunbooks.VCenter.Client.Backup;

/// <summary>Recurring backups (appliance.recovery.backup.schedules); in practice one schedule, named "default".</summary>
public interface IBackupSchedulesClient
{
    /// <summary>Creates the schedule <paramref name="scheduleId"/> (<c>POST /api/appliance/recovery/backup/schedules</c>); ALREADY_EXISTS when it exists. Not retried.</summary>
    Task CreateAsync(string scheduleId, ScheduleCreateSpec spec, CancellationToken cancellationToken = default);

    /// <summary>All schedules by id (<c>GET /api/appliance/recovery/backup/schedules</c>); empty when none.</summary>
    Task<IReadOnlyDictionary<string, ScheduleInfo>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>One schedule (<c>GET .../schedules/{schedule}</c>); NOT_FOUND when absent.</summary>
    Task<ScheduleInfo> GetAsync(string scheduleId, CancellationToken cancellationToken = default);

    /// <summary>Changes the fields set in <paramref name="spec"/> (<c>PATCH .../schedules/{schedule}</c>; /rest: <c>PUT .../schedules/update/{schedule}</c>). Retried, as it is idempotent.</summary>
    Task UpdateAsync(string scheduleId, ScheduleUpdateSpec spec, CancellationToken cancellationToken = default);

    /// <summary>Deletes the schedule (<c>DELETE .../schedules/{schedule}</c>); NOT_FOUND when absent.</summary>
    Task DeleteAsync(string scheduleId, CancellationToken cancellationToken = default);

    /// <summary>Runs the schedule's backup now (<c>POST .../schedules/{schedule}?action=run</c>); FEATURE_IN_USE while a backup or restore runs. Not retried.</summary>
    Task<BackupJobStatus> RunAsync(string scheduleId, string? comment = null, CancellationToken cancellationToken = default);
}
