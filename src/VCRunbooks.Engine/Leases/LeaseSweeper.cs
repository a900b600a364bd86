using Microsoft.Extensions.Logging;
using VCRunbooks.Engine.Dispatch;

namespace VCRunbooks.Engine.Leases;

/// <summary>
/// Periodic recovery for several nodes: every half lease it dispatches the runs nobody is executing though they need
/// a pass (their node was killed mid-pass, or died between starting a run and dispatching it).
/// </summary>
internal sealed partial class LeaseSweeper(RunLeases leases, IRunDispatcher dispatcher, EngineOptions options, ILogger<LeaseSweeper> logger) : IAsyncDisposable
{
    private const int BatchSize = 500;
    private readonly SemaphoreSlim _sweeping = new(1, 1);
    private ITimer? _timer;

    public void Start()
    {
        var period = options.LeaseDuration / 2;
        _timer = options.TimeProvider.CreateTimer(_ => _ = SweepAsync(CancellationToken.None), null, period, period);
    }

    /// <summary>Dispatches every orphaned run; returns how many.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        if (!await _sweeping.WaitAsync(0, cancellationToken))
        {
            return 0;
        }

        try
        {
            var orphans = await leases.ClaimOrphansAsync(BatchSize, cancellationToken);
            foreach (var runId in orphans)
            {
                await dispatcher.DispatchAsync(runId, cancellationToken);
            }

            if (orphans.Count > 0)
            {
                LogRecovered(logger, orphans.Count);
            }

            return orphans.Count;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            LogSweepFailed(logger, ex);
            return 0;
        }
        finally
        {
            _sweeping.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        var current = Interlocked.Exchange(ref _timer, null);
        if (current is not null)
        {
            await current.DisposeAsync();
        }

        await _sweeping.WaitAsync();
        _sweeping.Release();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Recovery sweep dispatched {Count} runs whose lease had expired or that were never dispatched")]
    private static partial void LogRecovered(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Recovery sweep failed; trying again at the next interval")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
