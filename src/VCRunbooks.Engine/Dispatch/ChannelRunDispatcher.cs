using System.Threading.Channels;
using Microsoft.Extensions.Logging;
using VCRunbooks.Engine.Runs;

namespace VCRunbooks.Engine.Dispatch;

/// <summary>
/// In-process dispatcher: a channel of run ids read by a fixed number of worker loops. A run is never
/// executed by two workers at once here; a dispatch that arrives while it runs schedules one more pass.
/// </summary>
internal sealed partial class ChannelRunDispatcher(RunPass pass, EngineOptions options, ILogger<ChannelRunDispatcher> logger) : IRunDispatcher, IAsyncDisposable
{
    /// <summary>How long a run whose pass failed (e.g. the database was unreachable) waits before another pass.</summary>
    internal static readonly TimeSpan FailedPassRetry = TimeSpan.FromSeconds(5);

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, ITimer> _retryTimers = new(StringComparer.Ordinal);
    private readonly Channel<string> _channel = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleWriter = false, SingleReader = false });
    private readonly Dictionary<string, RunSlot> _slots = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly List<Task> _workers = [];
    private CancellationTokenSource? _stopping;
    private TaskCompletionSource _idle = NewIdle(completed: true);

    public ValueTask DispatchAsync(string runId, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            if (_slots.TryGetValue(runId, out var slot))
            {
                slot.Again = true;
                return ValueTask.CompletedTask;
            }

            _slots[runId] = new RunSlot();
            if (_slots.Count == 1)
            {
                _idle = NewIdle(completed: false);
            }
        }

        return _channel.Writer.WriteAsync(runId, cancellationToken);
    }

    /// <summary>Completes when nothing is queued or executing (tests and benchmarks wait on it).</summary>
    public Task WhenIdleAsync(CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            return _idle.Task.WaitAsync(cancellationToken);
        }
    }

    /// <summary>Interrupts the activity a run is executing right now (on cancellation).</summary>
    public void Interrupt(string runId)
    {
        lock (_gate)
        {
            if (_slots.TryGetValue(runId, out var slot))
            {
                slot.Interrupt.Cancel();
                slot.Again = true;
            }
        }
    }

    public void Start(int workerCount)
    {
        _stopping = new CancellationTokenSource();
        for (var i = 0; i < workerCount; i++)
        {
            _workers.Add(WorkAsync(_stopping.Token));
        }
    }

    public async Task StopAsync()
    {
        var cts = Interlocked.Exchange(ref _stopping, null);
        if (cts is null)
        {
            return;
        }

        await cts.CancelAsync();
        _channel.Writer.TryComplete();
        await Task.WhenAll(_workers).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        _workers.Clear();
        foreach (var timer in _retryTimers.Values)
        {
            await timer.DisposeAsync();
        }

        _retryTimers.Clear();
        cts.Dispose();
    }

    // Registered as itself and as IRunDispatcher, so the container may dispose it twice.
    public async ValueTask DisposeAsync() => await StopAsync();

    private async Task WorkAsync(CancellationToken cancellationToken)
    {
        await Task.Yield();
        while (await _channel.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
        {
            while (_channel.Reader.TryRead(out var runId))
            {
                await PassAsync(runId, cancellationToken);
            }
        }
    }

    private async Task PassAsync(string runId, CancellationToken cancellationToken)
    {
        RunSlot slot;
        lock (_gate)
        {
            slot = _slots[runId];
            slot.Again = false;
        }

        var retry = false;
        try
        {
            var next = await pass.ExecuteAsync(runId, slot.Interrupt.Token, cancellationToken);
            foreach (var other in next)
            {
                await DispatchAsync(other, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return;
        }
        catch (OperationCanceledException)
        {
            retry = true;
        }
        catch (RunConflictException)
        {
            LogConflict(logger, runId);
            retry = true;
        }
        catch (Exception ex)
        {
            LogPassFailed(logger, ex, runId);
            ScheduleRetry(runId);
        }

        bool requeue;
        lock (_gate)
        {
            requeue = slot.Again || retry;
            if (requeue)
            {
                slot.Again = false;
                if (slot.Interrupt.IsCancellationRequested)
                {
                    slot.Interrupt.Dispose();
                    slot.Interrupt = new CancellationTokenSource();
                }
            }
            else
            {
                _slots.Remove(runId);
                slot.Interrupt.Dispose();
                if (_slots.Count == 0)
                {
                    _idle.TrySetResult();
                }
            }
        }

        if (requeue)
        {
            await _channel.Writer.WriteAsync(runId, cancellationToken);
        }
    }

    /// <summary>A durable run must not stay stuck in this process because one pass failed: try again later, on the TimeProvider.</summary>
    private void ScheduleRetry(string runId)
    {
        var timer = options.TimeProvider.CreateTimer(
            _ =>
            {
                if (_retryTimers.TryRemove(runId, out var fired))
                {
                    fired.Dispose();
                }

                if (_stopping is not null)
                {
                    _ = DispatchAsync(runId, CancellationToken.None).AsTask();
                }
            },
            null,
            FailedPassRetry,
            Timeout.InfiniteTimeSpan);
        if (!_retryTimers.TryAdd(runId, timer))
        {
            timer.Dispose();
        }
    }

    private static TaskCompletionSource NewIdle(bool completed)
    {
        var tcs = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (completed)
        {
            tcs.SetResult();
        }

        return tcs;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Run {RunId} was committed by another pass; passing again")]
    private static partial void LogConflict(ILogger logger, string runId);

    [LoggerMessage(Level = LogLevel.Error, Message = "A pass of run {RunId} failed; it is dispatched again shortly")]
    private static partial void LogPassFailed(ILogger logger, Exception exception, string runId);

    private sealed class RunSlot
    {
        public bool Again { get; set; }
        public CancellationTokenSource Interrupt { get; set; } = new();
    }
}
