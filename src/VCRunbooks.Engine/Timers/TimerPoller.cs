using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using VCRunbooks.Engine.Dispatch;
using VCRunbooks.Engine.Persistence;

namespace VCRunbooks.Engine.Timers;

/// <summary>
/// Wakes runs whose durable timers are due. It sleeps on a TimeProvider timer set to the earliest due
/// time (at most the poll interval, to see timers other nodes wrote); tests call <see cref="TickAsync"/>.
/// </summary>
internal sealed partial class TimerPoller(IDbContextFactory<EngineDbContext> contexts, PostgresTimerClaims claims, IRunDispatcher dispatcher, EngineOptions options, TimerWakeups wakeups, ILogger<TimerPoller> logger) : IAsyncDisposable
{
    private const int BatchSize = 5000;
    private static readonly TimeSpan PendingCleanupInterval = TimeSpan.FromMinutes(1);
    private long _nextPendingCleanupMs;
    private readonly SemaphoreSlim _ticking = new(1, 1);
    private ITimer? _timer;
    private readonly Lock _gate = new();
    private volatile bool _stopped;
    private long _scheduledForMs = long.MaxValue;

    public void Start()
    {
        _stopped = false;
        wakeups.Listen(Nudge);
        _timer = options.TimeProvider.CreateTimer(_ => _ = OnTimerAsync(), null, TimeSpan.Zero, Timeout.InfiniteTimeSpan);
    }

    /// <summary>Dispatches every run with a due timer; returns how many runs were dispatched.</summary>
    public async Task<int> TickAsync(CancellationToken cancellationToken)
    {
        await _ticking.WaitAsync(cancellationToken);
        try
        {
            if (_stopped && _timer is null)
            {
                return 0;
            }

            var now = options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds();
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var claimed = options.UsesLeases && options.Provider == StorageProvider.Postgres;
            var due = claimed
                ? await claims.ClaimDueAsync(now, BatchSize, cancellationToken)
                // Most overdue first: with a backlog larger than a batch, the runs waiting longest go before newer ones.
                : await db.Bookmarks.AsNoTracking()
                    .Where(b => b.DueAtMs != null && b.DueAtMs <= now)
                    .GroupBy(b => b.RunId)
                    .OrderBy(g => g.Min(b => b.DueAtMs)).ThenBy(g => g.Key)
                    .Select(g => g.Key)
                    .Take(BatchSize)
                    .ToListAsync(cancellationToken);
            foreach (var runId in due)
            {
                await dispatcher.DispatchAsync(runId, cancellationToken);
            }

            await DropExpiredPendingEventsAsync(db, now, cancellationToken);
            var next = await db.Bookmarks.AsNoTracking().Where(b => b.DueAtMs != null && b.DueAtMs > now).MinAsync(b => b.DueAtMs, cancellationToken);
            Reschedule(due.Count == BatchSize ? now : next, now);
            return due.Count;
        }
        finally
        {
            _ticking.Release();
        }
    }

    /// <summary>
    /// Events kept for a wait that never came are deleted once expired, at most once a minute (a read of the expiry
    /// index first, so a database with nothing expired sees no write).
    /// </summary>
    private async Task DropExpiredPendingEventsAsync(EngineDbContext db, long nowMs, CancellationToken cancellationToken)
    {
        if (nowMs < _nextPendingCleanupMs)
        {
            return;
        }

        _nextPendingCleanupMs = nowMs + (long)PendingCleanupInterval.TotalMilliseconds;
        if (await db.PendingEvents.AnyAsync(p => p.ExpiresAtMs <= nowMs, cancellationToken))
        {
            await db.PendingEvents.Where(p => p.ExpiresAtMs <= nowMs).ExecuteDeleteAsync(cancellationToken);
        }
    }

    /// <summary>Called when a commit created a timer earlier than the one the poller sleeps towards.</summary>
    public void Nudge(long dueAtMs)
    {
        lock (_gate)
        {
            if (dueAtMs >= _scheduledForMs)
            {
                return;
            }
        }

        Reschedule(dueAtMs, options.TimeProvider.GetUtcNow().ToUnixTimeMilliseconds());
    }

    private void Reschedule(long? nextDueMs, long nowMs)
    {
        if (_stopped || _timer is null)
        {
            return;
        }

        var wait = options.TimerPollInterval;
        if (nextDueMs is { } next && TimeSpan.FromMilliseconds(Math.Max(0, next - nowMs)) < wait)
        {
            wait = TimeSpan.FromMilliseconds(Math.Max(0, next - nowMs));
        }

        lock (_gate)
        {
            _scheduledForMs = nowMs + (long)wait.TotalMilliseconds;
            _timer.Change(wait, Timeout.InfiniteTimeSpan);
        }
    }

    private async Task OnTimerAsync()
    {
        if (_stopped)
        {
            return;
        }

        try
        {
            await TickAsync(CancellationToken.None);
        }
        catch (Exception ex)
        {
            LogTickFailed(logger, ex);
            Reschedule(null, 0);
        }
    }

    public async ValueTask DisposeAsync()
    {
        _stopped = true;
        var current = Interlocked.Exchange(ref _timer, null);
        if (current is not null)
        {
            await current.DisposeAsync();
        }

        // Let a tick already in flight finish, so nothing touches the database after the engine stopped.
        await _ticking.WaitAsync();
        _ticking.Release();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Timer poll failed; trying again after the poll interval")]
    private static partial void LogTickFailed(ILogger logger, Exception exception);
}
