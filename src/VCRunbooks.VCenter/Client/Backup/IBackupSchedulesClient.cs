using VCRunbooks.VCenter.Recovery.Backup;

namespace VCRunbooks.VCenter.Client.Backup;

/// <summary>Recurring backups (appliance.recovery.backup.schedules); in practice one schedule, named "default".</summary>
public interface IBackupSchedulesClient
{
    Task CreateAsync(string scheduleId, ScheduleCreateSpec spec, CancellationToken cancellationToken = default);

    Task<IReadOnlyDictionary<string, ScheduleInfo>> ListAsync(CancellationToken cancellationToken = default);

    Task<ScheduleInfo> GetAsync(string scheduleId, CancellationToken cancellationToken = default);

    Task UpdateAsync(string scheduleId, ScheduleUpdateSpec spec, CancellationToken cancellationToken = default);

    Task DeleteAsync(string scheduleId, CancellationToken cancellationToken = default);

    /// <summary>Runs the schedule's backup now.</summary>
    Task<BackupJobStatus> RunAsync(string scheduleId, string? comment = null, CancellationToken cancellationToken = default);
}
