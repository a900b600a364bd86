using Microsoft.Extensions.Logging;
using VCRunbooks.Engine.Dispatch;
using VCRunbooks.Engine.Persistence;

namespace VCRunbooks.Engine.Timers;

/// <summary>
/// Wakes runs whose durable timers are due. It sleeps on a TimeProvider timer set to the earliest due
/// time (at most the poll interval, to see timers other nodes wrote); tests call <see cref="TickAsync"/>.
/// </summary>
internal sealed partial class TimerPoller(StoreSessions sessions, PostgresTimerClaims claims, IRunDispatcher dispatcher, EngineOptions options, TimerWakeups wakeups, ILogger<TimerPoller> logger) : IAsyncDisposable
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
            var claimed = options.UsesLeases && options.Provider == StorageProvider.Postgres;
            // Plain SQL on the run store's session: the first tick runs while the engine starts, and a LINQ query here
            // would build EF's model and compile the query before the server is ready.
            var due = claimed
                ? await claims.ClaimDueAsync(now, BatchSize, cancellationToken)
                // Most overdue first: with a backlog larger than a batch, the runs waiting longest go before newer ones.
                : await QueryAsync(
                    "SELECT run_id FROM bookmarks WHERE due_at_ms IS NOT NULL AND due_at_ms <= @p0 GROUP BY run_id ORDER BY MIN(due_at_ms), run_id LIMIT @p1",
                    [now, BatchSize], reader => reader.GetString(0), cancellationToken);
            foreach (var runId in due)
            {
                await dispatcher.DispatchAsync(runId, cancellationToken);
            }

            await DropExpiredPendingEventsAsync(now, cancellationToken);
            var next = (await QueryAsync(
                "SELECT MIN(due_at_ms) FROM bookmarks WHERE due_at_ms IS NOT NULL AND due_at_ms > @p0",
                [now], reader => reader.IsDBNull(0) ? (long?)null : Convert.ToInt64(reader.GetValue(0)), cancellationToken))[0];
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
    private async Task DropExpiredPendingEventsAsync(long nowMs, CancellationToken cancellationToken)
    {
        if (nowMs < _nextPendingCleanupMs)
        {
            return;
        }

        _nextPendingCleanupMs = nowMs + (long)PendingCleanupInterval.TotalMilliseconds;
        if ((await QueryAsync("SELECT 1 FROM pending_events WHERE expires_at_ms <= @p0 LIMIT 1", [nowMs], _ => true, cancellationToken)).Count > 0)
        {
            await using var session = await sessions.OpenAsync(cancellationToken);
            await session.ExecuteAsync("DELETE FROM pending_events WHERE expires_at_ms <= @p0", [nowMs], cancellationToken);
        }
    }

    /// <summary>One query in its own session, released before the rows are used (dispatching may need the store).</summary>
    private async Task<List<T>> QueryAsync<T>(string sql, IReadOnlyList<object?> values, Func<System.Data.Common.DbDataReader, T> map, CancellationToken cancellationToken)
    {
        await using var session = await sessions.OpenAsync(cancellationToken);
        return await session.QueryAsync(sql, values, map, cancellationToken);
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
