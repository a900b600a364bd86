using System.Diagnostics;

namespace VCRunbooks.Server.Benchmarks;

/// <summary>One subscriber on /api/events counting RunCompleted events, and when the last one arrived.</summary>
internal sealed class LiveCounter : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly TaskCompletionSource _connected = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _reading;
    private long _completed;
    private long _lastTicks;

    private LiveCounter(BenchServer server, Stopwatch clock) => _reading = ReadAsync(server, clock);

    public long Completed => Interlocked.Read(ref _completed);
    public TimeSpan Last => TimeSpan.FromTicks(Interlocked.Read(ref _lastTicks));

    public static async Task<LiveCounter> OpenAsync(BenchServer server, Stopwatch clock)
    {
        var counter = new LiveCounter(server, clock);
        await counter._connected.Task.WaitAsync(TimeSpan.FromMinutes(1));
        return counter;
    }

    private async Task ReadAsync(BenchServer server, Stopwatch clock)
    {
        try
        {
            using var client = server.Client(Timeout.InfiniteTimeSpan);
            using var response = await client.GetAsync(new Uri("/api/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, _stop.Token);
            using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(_stop.Token));
            while (await reader.ReadLineAsync(_stop.Token) is { } line)
            {
                if (line == "event: connected")
                {
                    _connected.TrySetResult();
                }
                else if (line == "event: RunCompleted")
                {
                    Interlocked.Increment(ref _completed);
                    Interlocked.Exchange(ref _lastTicks, clock.Elapsed.Ticks);
                }
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
        }
        catch (Exception ex)
        {
            _connected.TrySetException(ex);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _reading;
        _stop.Dispose();
    }
}
