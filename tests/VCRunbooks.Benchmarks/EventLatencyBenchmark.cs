using System.Diagnostics;

namespace VCRunbooks.Benchmarks;

/// <summary>Time from RaiseEventAsync to the next activity starting, one suspended run at a time.</summary>
internal static class EventLatencyBenchmark
{
    public static async Task<IReadOnlyList<string>> RunAsync(int samples)
    {
        await using var bench = await BenchEngine.StartAsync();
        await bench.Engine.PublishAsync(Flows.WaitThenStamp("latency"));
        var runs = new List<string>();
        for (var i = 0; i < samples + 20; i++)
        {
            runs.Add((await bench.Engine.StartRunAsync("latency")).Id);
        }

        await bench.IdleAsync();
        var latencies = new List<double>();
        foreach (var (runId, index) in runs.Select((r, i) => (r, i)))
        {
            var arrived = bench.Latency.Expect(runId);
            var start = Stopwatch.GetTimestamp();
            await bench.Engine.RaiseEventAsync("go", runId);
            var stamp = await arrived.WaitAsync(TimeSpan.FromSeconds(30));
            if (index >= 20)
            {
                latencies.Add((stamp - start) * 1000.0 / Stopwatch.Frequency);
            }

            await bench.IdleAsync();
        }

        latencies.Sort();
        return
        [
            $"event -> next activity started, {samples} samples (durable SQLite, in-process dispatcher):",
            $"  p50 {Percentile(latencies, 0.50):F2} ms, p95 {Percentile(latencies, 0.95):F2} ms, max {latencies[^1]:F2} ms",
        ];
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Min(sorted.Count - 1, Math.Floor(p * sorted.Count))];
}
