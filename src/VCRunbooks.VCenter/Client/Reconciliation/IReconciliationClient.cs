using VCRunbooks.VCenter.Client.Waiting;
using VCRunbooks.VCenter.Recovery.Reconciliation;

namespace VCRunbooks.VCenter.Client.Reconciliation;

/// <summary>Reconciling a restored vCenter with its linked-mode partners (appliance.recovery.reconciliation, management side).</summary>
public interface IReconciliationClient
{
    /// <summary>Starts the job (<c>POST /api/appliance/recovery/reconciliation/job</c>); a lost answer is recovered by reading the running job rather than starting another.</summary>
    Task<ReconciliationInfo> StartAsync(ReconciliationSpec spec, CancellationToken cancellationToken = default);

    /// <summary>The current or last job (<c>GET /api/appliance/recovery/reconciliation/job</c>); NOT_FOUND when there is none.</summary>
    Task<ReconciliationInfo> GetJobAsync(CancellationToken cancellationToken = default);

    /// <summary>Polls until SUCCEEDED (returned) or FAILED (thrown).</summary>
    Task<ReconciliationInfo> WaitAsync(WaitPolicy? policy = null, IProgress<ReconciliationInfo>? progress = null, CancellationToken cancellationToken = default);
}
