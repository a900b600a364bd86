using VCRunbooks.VCenter.Client.Waiting;
using VCRunbooks.VCenter.Deployment;

namespace VCRunbooks.VCenter.Client.Deployment;

/// <summary>Deferred import of historical data (events, tasks, statistics) after an upgrade or migration.</summary>
public interface IDeploymentHistoryClient
{
    Task<ImportHistoryInfo> GetAsync(CancellationToken cancellationToken = default);

    Task StartAsync(ImportHistoryCreateSpec spec, CancellationToken cancellationToken = default);

    Task PauseAsync(CancellationToken cancellationToken = default);

    Task ResumeAsync(CancellationToken cancellationToken = default);

    Task CancelAsync(CancellationToken cancellationToken = default);

    /// <summary>Polls until the import SUCCEEDED (returned) or FAILED (thrown).</summary>
    Task<ImportHistoryInfo> WaitAsync(WaitPolicy? policy = null, IProgress<ImportHistoryInfo>? progress = null, CancellationToken cancellationToken = default);
}
