using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace VCRunbooks.Server.Benchmarks;

/// <summary>
/// Figure 3: engine events the outbox relay hands to RabbitMQ per second, read from the relay's own counter
/// (<c>vcrunbooks.events.published</c>, counted after the broker confirmed each publish) while runs are started.
/// </summary>
internal static class RabbitMqBenchmark
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan MaxDrain = TimeSpan.FromMinutes(2);

    public static async Task RunAsync(BenchServer server, TimeSpan duration)
    {
        long published = 0;
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == "VCRunbooks.Server" && instrument.Name == "vcrunbooks.events.published")
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref published, value));
        listener.Start();

        var baseline = Interlocked.Read(ref published);
        var clock = Stopwatch.StartNew();
        var (ok, _, loadTime) = await RunStartBenchmark.LoadAsync(server, duration, RunStartBenchmark.Callers);
        var duringLoad = Interlocked.Read(ref published) - baseline;

        // Then let the relay drain what the engine wrote: done when the counter stops moving.
        var last = -1L;
        var lastChange = clock.Elapsed;
        while (clock.Elapsed - lastChange < Quiet && clock.Elapsed < loadTime + MaxDrain)
        {
            var now = Interlocked.Read(ref published);
            if (now != last)
            {
                last = now;
                lastChange = clock.Elapsed;
            }
            await Task.Delay(100);
        }
        var total = last - baseline;
        if (total == 0)
        {
            Console.WriteLine($"3. RabbitMQ: {ok} runs started but no event reached the broker; is it running at the configured URL?");
            return;
        }
        var drainTime = lastChange - loadTime;
        Console.WriteLine($"3. RabbitMQ: {ok} runs started in {loadTime.TotalSeconds:F1} s; relay published {duringLoad / loadTime.TotalSeconds:F0} events/s "
            + $"during the load, then {(total - duringLoad) / Math.Max(drainTime.TotalSeconds, 0.001):F0} events/s draining the backlog; "
            + $"{total} events in all, the last {lastChange.TotalSeconds:F1} s after the load began ({total / lastChange.TotalSeconds:F0} events/s overall)");
    }
}
