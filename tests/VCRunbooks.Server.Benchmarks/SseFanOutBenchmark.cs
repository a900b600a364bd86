using System.Diagnostics;

namespace VCRunbooks.Server.Benchmarks;

/// <summary>Figure 2: the all-runs event stream (/api/events) fanned out to many subscribers while runs execute.</summary>
internal static class SseFanOutBenchmark
{
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(5);

    public static async Task RunAsync(BenchServer server, int subscribers, int runs)
    {
        using var cancel = new CancellationTokenSource(Patience);
        var connected = Enumerable.Range(0, subscribers)
            .Select(_ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).ToList();
        long events = 0;
        var clock = new Stopwatch();
        var readers = connected.Select(c => ReadAsync(server, c, runs, () => Interlocked.Increment(ref events), cancel.Token)).ToList();
        await Task.WhenAll(connected.Select(c => c.Task)).WaitAsync(cancel.Token);

        clock.Start();
        using (var client = server.Client())
        {
            await Task.WhenAll(Enumerable.Range(0, runs).Select(_ => BenchServer.StartRunAsync(client, cancel.Token)));
        }
        await Task.WhenAll(readers);
        var elapsed = clock.Elapsed;
        Console.WriteLine($"2. SSE fan-out: {subscribers} subscribers x {runs} runs: {events} events delivered, "
            + $"{events / elapsed.TotalSeconds:F0} events/s in total; every subscriber saw every run complete after {elapsed.TotalMilliseconds:F0} ms");
    }

    /// <summary>Reads the stream until <paramref name="runs"/> RunCompleted events arrived, counting every event.</summary>
    private static async Task ReadAsync(BenchServer server, TaskCompletionSource connected, int runs, Action counted, CancellationToken cancellationToken)
    {
        using var client = server.Client(Timeout.InfiniteTimeSpan);
        using var response = await client.GetAsync(new Uri("/api/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
        var completed = 0;
        while (completed < runs && await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line == "event: connected")
            {
                connected.TrySetResult();
            }
            else if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                counted();
                if (line == "event: RunCompleted")
                {
                    completed++;
                }
            }
        }
    }
}
