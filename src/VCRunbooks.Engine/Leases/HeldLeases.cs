using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace VCRunbooks.Engine.Leases;

/// <summary>
/// The leases this node holds right now, renewed together every third of the lease duration. A lease the renewal
/// no longer finds was taken by another node (this one stalled past its expiry): the pass on it is interrupted, and
/// its commit would fail the revision check anyway. A pass whose run has a cancel request waiting is interrupted too.
/// </summary>
internal sealed partial class HeldLeases(RunLeases leases, EngineOptions options, ILogger<HeldLeases> logger) : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, Hold> _held = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _renewing = new(1, 1);
    private long _generation;
    private ITimer? _timer;

    /// <summary>How many leases this node holds (diagnostics and tests).</summary>
    public int Count => _held.Count;

    public void Start()
    {
        var period = options.LeaseDuration / 3;
        _timer = options.TimeProvider.CreateTimer(_ => _ = RenewAsync(CancellationToken.None), null, period, period);
    }

    /// <summary>Registers a lease just acquired (by its owner name); the returned token is cancelled if the lease is lost.</summary>
    public CancellationTokenSource Add(string runId, string owner, CancellationToken runCancellation)
    {
        var cts = CancellationTokenSource.CreateLinkedTokenSource(runCancellation);
        _held[owner] = new Hold(runId, cts, Interlocked.Read(ref _generation));
        return cts;
    }

    public void Remove(string owner)
    {
        if (_held.TryRemove(owner, out var hold))
        {
            hold.Lost.Dispose();
        }
    }

    /// <summary>Extends the held leases; returns how many were lost.</summary>
    public async Task<int> RenewAsync(CancellationToken cancellationToken)
    {
        if (_held.IsEmpty || !await _renewing.WaitAsync(0, cancellationToken))
        {
            return 0;
        }

        try
        {
            // Leases taken after this point may commit after the UPDATE below and be missing from its result.
            var started = Interlocked.Increment(ref _generation);
            var still = await leases.RenewAsync(cancellationToken);
            var lost = 0;
            foreach (var (owner, hold) in _held)
            {
                if (hold.Generation < started && !still.Contains(owner))
                {
                    lost++;
                    LogLost(logger, hold.RunId);
                    try
                    {
                        await hold.Lost.CancelAsync();
                    }
                    catch (ObjectDisposedException)
                    {
                        // The pass ended meanwhile.
                    }
                }
            }

            await InterruptCancelledAsync(cancellationToken);
            return lost;
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The database is unreachable: the leases may expire, which is what lets another node take over.
            LogRenewFailed(logger, ex);
            return 0;
        }
        finally
        {
            _renewing.Release();
        }
    }

    /// <summary>
    /// A cancel request sent to another node's API cannot interrupt an activity executing here directly; the renewal
    /// finds it and interrupts the pass, and the next pass applies the cancel.
    /// </summary>
    private async Task InterruptCancelledAsync(CancellationToken cancellationToken)
    {
        var holds = _held.Values.ToList();
        if (holds.Count == 0)
        {
            return;
        }

        var cancelled = await leases.FindCancelRequestedAsync(holds.Select(h => h.RunId).Distinct().ToList(), cancellationToken);
        foreach (var hold in holds.Where(h => cancelled.Contains(h.RunId)))
        {
            LogCancelRequested(logger, hold.RunId);
            try
            {
                await hold.Lost.CancelAsync();
            }
            catch (ObjectDisposedException)
            {
                // The pass ended meanwhile.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        var current = Interlocked.Exchange(ref _timer, null);
        if (current is not null)
        {
            await current.DisposeAsync();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lease on run {RunId} was lost to another node; interrupting its pass here")]
    private static partial void LogLost(ILogger logger, string runId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Run {RunId} was cancelled; interrupting its pass here")]
    private static partial void LogCancelRequested(ILogger logger, string runId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Renewing run leases failed")]
    private static partial void LogRenewFailed(ILogger logger, Exception exception);

    private sealed record Hold(string RunId, CancellationTokenSource Lost, long Generation);
}
