using System.Diagnostics;

namespace VCRunbooks.Server.Benchmarks;

/// <summary>Figure 3: engine events the outbox relay hands to RabbitMQ per second while runs are started, then while it drains.</summary>
internal static class RabbitMqBenchmark
{
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan MaxDrain = TimeSpan.FromMinutes(3);

    public static async Task RunAsync(BenchServer server, RelayCounter relay, TimeSpan duration)
    {
        var baseline = relay.Published;
        var clock = Stopwatch.StartNew();
        await using var live = await LiveCounter.OpenAsync(server, clock);
        clock.Restart();
        var (ok, _, loadTime) = await RunStartBenchmark.LoadAsync(server, duration, RunStartBenchmark.Callers);
        var duringLoad = relay.Published - baseline;
        var liveDuringLoad = live.Completed;
        var lastEvent = await relay.WaitUntilQuietAsync(clock, Quiet, MaxDrain);
        var total = relay.Published - baseline;
        var completed = await RunStartBenchmark.CountRunsAsync(server, "Completed");
        if (total == 0)
        {
            Console.WriteLine($"3. RabbitMQ: {ok} runs started but no event reached the broker; is it running at the configured URL?");
            return;
        }
        var drainTime = lastEvent - loadTime;
        Console.WriteLine($"3. RabbitMQ: {ok} runs started in {loadTime.TotalSeconds:F1} s; relay published {duringLoad / loadTime.TotalSeconds:F0} events/s "
            + $"during the load, then {(total - duringLoad) / Math.Max(drainTime.TotalSeconds, 0.001):F0} events/s draining the backlog; "
            + $"{total} events in all, the last {lastEvent.TotalSeconds:F1} s after the load began ({total / lastEvent.TotalSeconds:F0} events/s overall)");
        // The live stream is fed from the engine's commits, so it should not trail the relay's backlog.
        Console.WriteLine($"   live stream (/api/events) meanwhile: {liveDuringLoad} RunCompleted by the end of the load, {live.Completed} of {completed} "
            + $"completed runs in all, the last {(live.Last - loadTime).TotalSeconds:F1} s after the load ended (the relay's last: {(lastEvent - loadTime).TotalSeconds:F1} s)");
    }
}
