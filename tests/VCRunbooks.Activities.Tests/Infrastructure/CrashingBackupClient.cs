using VCRunbooks.VCenter.Client.Backup;
using VCRunbooks.VCenter.Client.Waiting;
using VCRunbooks.VCenter.Recovery;
using VCRunbooks.VCenter.Recovery.Backup;

namespace VCRunbooks.Activities.Tests.Infrastructure;

/// <summary>A backup client whose StartAsync starts the job and then dies at the crash point.</summary>
internal sealed class CrashingBackupClient(IBackupClient inner, CrashPoint crash) : IBackupClient
{
    public IBackupSchedulesClient Schedules => inner.Schedules;
    public IBackupArchivesClient Archives => inner.Archives;

    public Task<BackupJobStatus> StartAsync(BackupRequest request, CancellationToken cancellationToken = default) =>
        crash.DieAfterAsync(inner.StartAsync(request, cancellationToken));

    public Task<RecoveryInfo> GetRecoveryAsync(CancellationToken cancellationToken = default) => inner.GetRecoveryAsync(cancellationToken);
    public Task<IReadOnlyList<BackupPart>> ListPartsAsync(CancellationToken cancellationToken = default) => inner.ListPartsAsync(cancellationToken);
    public Task<long> GetPartSizeAsync(string partId, CancellationToken cancellationToken = default) => inner.GetPartSizeAsync(partId, cancellationToken);
    public Task<ReturnResult> ValidateAsync(BackupRequest request, CancellationToken cancellationToken = default) => inner.ValidateAsync(request, cancellationToken);
    public Task<IReadOnlyList<string>> ListJobsAsync(CancellationToken cancellationToken = default) => inner.ListJobsAsync(cancellationToken);
    public Task<BackupJobStatus> GetJobAsync(string jobId, CancellationToken cancellationToken = default) => inner.GetJobAsync(jobId, cancellationToken);

    public Task<IReadOnlyDictionary<string, BackupJobDetails>> GetJobDetailsAsync(IReadOnlyCollection<string>? jobIds = null, CancellationToken cancellationToken = default) =>
        inner.GetJobDetailsAsync(jobIds, cancellationToken);

    public Task<ReturnResult> CancelJobAsync(string jobId, CancellationToken cancellationToken = default) => inner.CancelJobAsync(jobId, cancellationToken);

    public Task<BackupJobStatus> WaitForJobAsync(string jobId, WaitPolicy? policy = null, IProgress<BackupJobStatus>? progress = null, CancellationToken cancellationToken = default) =>
        inner.WaitForJobAsync(jobId, policy, progress, cancellationToken);
}
