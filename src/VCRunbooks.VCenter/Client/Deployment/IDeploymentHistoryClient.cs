using VCRunbooks.VCenter.Client.Waiting;
using VCRunbooks.VCenter.Deployment;

namespace VCRunbooks.VCenter.Client.Deployment;

/// <summary>Deferred import of historical data (events, tasks, statistics) after an upgrade or migration.</summary>
public interface IDeploymentHistoryClient
{
    /// <summary>The state of the history import (<c>GET /api/vcenter/deployment/history</c>).</summary>
    Task<ImportHistoryInfo> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Starts the deferred import (<c>POST .../history?action=start</c>); ALREADY_IN_DESIRED_STATE when it runs already.</summary>
    Task StartAsync(ImportHistoryCreateSpec spec, CancellationToken cancellationToken = default);

    /// <summary>Pauses the import; its status becomes BLOCKED (<c>POST .../history?action=pause</c>).</summary>
    Task PauseAsync(CancellationToken cancellationToken = default);

    /// <summary>Resumes a paused import (<c>POST .../history?action=resume</c>).</summary>
    Task ResumeAsync(CancellationToken cancellationToken = default);

    /// <summary>Cancels the import; it ends FAILED (<c>POST .../history?action=cancel</c>).</summary>
    Task CancelAsync(CancellationToken cancellationToken = default);

    /// <summary>Polls until the import SUCCEEDED (returned) or FAILED (thrown).</summary>
    Task<ImportHistoryInfo> WaitAsync(WaitPolicy? policy = null, IProgress<ImportHistoryInfo>? progress = null, CancellationToken cancellationToken = default);
}
