using VCRunbooks.VCenter.Client.Waiting;
using VCRunbooks.VCenter.Recovery;
using VCRunbooks.VCenter.Recovery.Restore;

namespace VCRunbooks.VCenter.Client.Restore;

/// <summary>
/// Restore from a file-based backup (appliance.recovery.restore), on a freshly deployed appliance's management
/// side: create the client with <c>VCenterTarget.Management(host)</c> and <c>VCenterCredentials.LocalRoot(...)</c>.
/// </summary>
public interface IRestoreClient
{
    /// <summary>Reads the backup's metadata and says whether it can be restored here (<c>POST /api/appliance/recovery/restore?action=validate</c>).</summary>
    Task<RestoreMetadata> ValidateAsync(RestoreRequest request, CancellationToken cancellationToken = default);

    /// <summary>Starts the restore (<c>POST /api/appliance/recovery/restore/job</c>); NOT_ALLOWED_IN_CURRENT_STATE outside stage 2. A lost answer is recovered by reading the job rather than starting a second restore.</summary>
    Task<RestoreJobStatus> StartAsync(RestoreRequest request, CancellationToken cancellationToken = default);

    /// <summary>The restore job's state (<c>GET /api/appliance/recovery/restore/job</c>); NONE before any restore.</summary>
    Task<RestoreJobStatus> GetJobAsync(CancellationToken cancellationToken = default);

    /// <summary>Asks the running restore to stop (<c>POST .../restore/job?action=cancel</c>); the result says whether it was accepted.</summary>
    Task<ReturnResult> CancelAsync(CancellationToken cancellationToken = default);

    /// <summary>Polls until SUCCEEDED (returned) or FAILED (thrown), riding out the service restarts a restore causes.</summary>
    Task<RestoreJobStatus> WaitAsync(WaitPolicy? policy = null, IProgress<RestoreJobStatus>? progress = null, CancellationToken cancellationToken = default);
}
