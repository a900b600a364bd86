using System.Diagnostics;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Tests.Infrastructure;
using Xunit.Abstractions;

namespace VCRunbooks.Server.Tests.Runs;

public sealed class LiveFanOutTests(ITestOutputHelper log)
{
    private const int Subscribers = 100, Runs = 3;

    [Fact]
    public async Task AllRunsStream_HundredSubscribers_EachSeesEveryRunComplete()
    {
        await using var server = await TestServer.StartAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        var opened = new List<TaskCompletionSource>();
        var readers = new List<Task<int>>();
        for (var i = 0; i < Subscribers; i++)
        {
            var connected = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            opened.Add(connected);
            readers.Add(CountCompletedAsync(server.Client(Roles.Viewer), connected, cancel.Token));
        }
        await Task.WhenAll(opened.Select(o => o.Task)).WaitAsync(cancel.Token);
        var clock = Stopwatch.StartNew();

        for (var run = 0; run < Runs; run++)
        {
            await RunDriver.StartAsync(server, "hello");
        }
        var counts = await Task.WhenAll(readers);

        log.WriteLine($"{Subscribers} subscribers each received {Runs} runs' events in {clock.ElapsedMilliseconds} ms");
        Assert.All(counts, c => Assert.Equal(Runs, c));
    }

    /// <summary>Reads /api/events until <see cref="Runs"/> RunCompleted events arrived; signals once the stream is open.</summary>
    private static async Task<int> CountCompletedAsync(HttpClient client, TaskCompletionSource connected, CancellationToken cancellationToken)
    {
        using var response = await client.GetAsync(new Uri("/api/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancellationToken));
        var completed = 0;
        while (completed < Runs && await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line == "event: connected")
            {
                connected.TrySetResult();
            }
            else if (line == "event: RunCompleted")
            {
                completed++;
            }
        }
        return completed;
    }
}
