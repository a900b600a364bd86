using VCRunbooks.VCenter.Client.Waiting;
using VCRunbooks.VCenter.Recovery;
using VCRunbooks.VCenter.Recovery.Backup;

namespace VCRunbooks.VCenter.Client.Backup;

/// <summary>File-based backup of the appliance (appliance.recovery.backup): parts, validation, jobs, schedules, archives.</summary>
public interface IBackupClient
{
    /// <summary>Recurring backups (<c>/api/appliance/recovery/backup/schedules</c>).</summary>
    IBackupSchedulesClient Schedules { get; }

    /// <summary>Backups already stored at a location (<c>/api/appliance/recovery/backup/system-name</c>).</summary>
    IBackupArchivesClient Archives { get; }

    /// <summary>Whether the appliance supports backup and restore (<c>GET /api/appliance/recovery</c>).</summary>
    Task<RecoveryInfo> GetRecoveryAsync(CancellationToken cancellationToken = default);

    /// <summary>The parts a backup can contain (<c>GET /api/appliance/recovery/backup/parts</c>): <c>common</c> always, the optional ones by choice.</summary>
    Task<IReadOnlyList<BackupPart>> ListPartsAsync(CancellationToken cancellationToken = default);

    /// <summary>The size in MB a part would take in a backup now (<c>GET /api/appliance/recovery/backup/parts/{id}</c>).</summary>
    Task<long> GetPartSizeAsync(string partId, CancellationToken cancellationToken = default);

    /// <summary>Checks a backup request without starting it: location reachable, password rules (<c>POST /api/appliance/recovery/backup?action=validate</c>).</summary>
    Task<ReturnResult> ValidateAsync(BackupRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Starts a backup job (<c>POST /api/appliance/recovery/backup/job</c>); FEATURE_IN_USE while a backup or restore runs. If the answer is lost (connection dropped, 503), the client looks for a job that
    /// appeared since the call before sending again, so one call never starts two backups.
    /// </summary>
    Task<BackupJobStatus> StartAsync(BackupRequest request, CancellationToken cancellationToken = default);

    /// <summary>Backup job ids, newest first (<c>GET /api/appliance/recovery/backup/job</c>).</summary>
    Task<IReadOnlyList<string>> ListJobsAsync(CancellationToken cancellationToken = default);

    /// <summary>One backup job's state and progress (<c>GET /api/appliance/recovery/backup/job/{id}</c>); NOT_FOUND for an unknown id.</summary>
    Task<BackupJobStatus> GetJobAsync(string jobId, CancellationToken cancellationToken = default);

    /// <summary>Details of the given jobs (all jobs when none are given), by job id (<c>GET /api/appliance/recovery/backup/job/details</c>).</summary>
    Task<IReadOnlyDictionary<string, BackupJobDetails>> GetJobDetailsAsync(IReadOnlyCollection<string>? jobIds = null, CancellationToken cancellationToken = default);

    /// <summary>Asks a running backup job to stop (<c>POST /api/appliance/recovery/backup/job/{id}?action=cancel</c>); the result says whether it was accepted. Not retried.</summary>
    Task<ReturnResult> CancelJobAsync(string jobId, CancellationToken cancellationToken = default);

    /// <summary>Polls the job until SUCCEEDED (returned) or FAILED (thrown as <see cref="Errors.VCenterOperationFailedException"/>).</summary>
    Task<BackupJobStatus> WaitForJobAsync(string jobId, WaitPolicy? policy = null, IProgress<BackupJobStatus>? progress = null, CancellationToken cancellationToken = default);
}
