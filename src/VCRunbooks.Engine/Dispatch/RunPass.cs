using Microsoft.Extensions.Logging;
using VCRunbooks.Engine.Leases;
using VCRunbooks.Engine.Runs;

namespace VCRunbooks.Engine.Dispatch;

/// <summary>
/// What every dispatcher calls for one dispatch of a run. With leases (several nodes on one database) it takes the
/// run's lease first, leaves the run to its holder when another pass has it, and passes again while dispatches
/// arrived during a pass; without leases it is one plain pass.
/// </summary>
internal sealed partial class RunPass(RunExecutor executor, RunLeases leases, HeldLeases held, EngineOptions options, ILogger<RunPass> logger)
{
    /// <summary>Returns the runs to dispatch next (children started, parents woken).</summary>
    public async Task<IReadOnlyList<string>> ExecuteAsync(string runId, CancellationToken runCancellation, CancellationToken cancellationToken)
    {
        if (!options.UsesLeases)
        {
            return await executor.ExecuteAsync(runId, runCancellation, cancellationToken);
        }

        if (await leases.TryAcquireAsync(runId, cancellationToken) is not { } owner)
        {
            LogNotAcquired(logger, runId);
            return [];
        }

        var dispatch = new List<string>();
        var lost = held.Add(runId, owner, runCancellation);
        try
        {
            LeaseRelease release;
            do
            {
                dispatch.AddRange(await executor.ExecuteAsync(runId, lost.Token, cancellationToken));
                release = await leases.ReleaseAsync(runId, owner, cancellationToken);
            }
            while (release == LeaseRelease.PassAgain);

            return dispatch;
        }
        catch (Exception)
        {
            // Let go at once rather than at expiry: the dispatcher retries, or the sweep finds the run.
            await AbandonAsync(runId, owner);
            throw;
        }
        finally
        {
            held.Remove(owner);
        }
    }

    private async Task AbandonAsync(string runId, string owner)
    {
        try
        {
            await leases.AbandonAsync(runId, owner, CancellationToken.None);
        }
        catch (Exception ex)
        {
            // Unreachable database: the lease simply expires.
            LogAbandonFailed(logger, ex, runId);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Run {RunId} is held by another pass; it was asked to pass once more")]
    private static partial void LogNotAcquired(ILogger logger, string runId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not drop the lease on run {RunId} after a failed pass; it expires on its own")]
    private static partial void LogAbandonFailed(ILogger logger, Exception exception, string runId);
}
