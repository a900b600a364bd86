using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace VCRunbooks.Server.Benchmarks;

/// <summary>Figure 1: runs started per second through POST /api/runs by concurrent callers, and how many finished.</summary>
internal static class RunStartBenchmark
{
    public const int Callers = 16;

    public static async Task RunAsync(BenchServer server, RelayCounter relay, TimeSpan duration, int callers)
    {
        // Warm up (JIT, connection pools, the first SQLite writes) and let those runs finish before counting.
        const int warmUpRuns = 20;
        using (var warm = server.Client())
        {
            for (var i = 0; i < warmUpRuns; i++)
            {
                await BenchServer.StartRunAsync(warm, CancellationToken.None);
            }
        }
        var before = await CountRunsAsync(server, "Completed");
        for (var tries = 0; before < warmUpRuns && tries < 100; tries++)
        {
            await Task.Delay(50);
            before = await CountRunsAsync(server, "Completed");
        }
        var (ok, failed, elapsed) = await LoadAsync(server, duration, callers);
        var completed = await CountRunsAsync(server, "Completed") - before;
        Console.WriteLine($"1. Runs started via REST: {ok / elapsed.TotalSeconds:F1} req/s (2xx: {ok}, other: {failed}, "
            + $"{callers} callers, {elapsed.TotalSeconds:F1} s); completed by the end: {completed} of {ok}");

        // Let the relay's backlog drain first, so the next figure does not share the CPU with it.
        var clock = Stopwatch.StartNew();
        var caughtUp = await relay.WaitUntilQuietAsync(clock, TimeSpan.FromSeconds(2), TimeSpan.FromMinutes(3));
        Console.WriteLine($"   the relay (in-memory bus) caught up {caughtUp.TotalSeconds:F1} s after the load ended");
    }

    /// <summary><paramref name="callers"/> loops POSTing runs until <paramref name="duration"/> is up.</summary>
    public static async Task<(long Ok, long Failed, TimeSpan Elapsed)> LoadAsync(BenchServer server, TimeSpan duration, int callers)
    {
        long ok = 0, failed = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, callers).Select(_ => Task.Run(async () =>
        {
            using var client = server.Client();
            // No request is cancelled at the deadline: an aborted POST would only measure the abort.
            while (clock.Elapsed < duration)
            {
                if (await BenchServer.StartRunAsync(client, CancellationToken.None))
                {
                    Interlocked.Increment(ref ok);
                }
                else
                {
                    Interlocked.Increment(ref failed);
                }
            }
        })));
        return (ok, failed, clock.Elapsed);
    }

    /// <summary>Runs of the benchmark runbook in <paramref name="status"/>, paging through GET /api/runs.</summary>
    public static async Task<int> CountRunsAsync(BenchServer server, string status)
    {
        using var client = server.Client();
        var total = 0;
        while (true)
        {
            var page = await client.GetFromJsonAsync<JsonElement>(
                $"/api/runs?runbook={BenchServer.RunbookId}&status={status}&skip={total}&take=1000");
            total += page.GetArrayLength();
            if (page.GetArrayLength() < 1000)
            {
                return total;
            }
        }
    }
}
