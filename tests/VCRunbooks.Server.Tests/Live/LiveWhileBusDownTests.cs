using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Engine;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.Live;

public sealed class LiveWhileBusDownTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task AllRunsStream_BrokerUnreachable_StillShowsEveryRunComplete()
    {
        await using var server = await TestServer.StartAsync([$"--Bus:RabbitMq:Host=amqp://guest:guest@127.0.0.1:{UnusedPort()}/"]);
        using var cancel = new CancellationTokenSource(Patience);
        using var response = await server.Client(Roles.Viewer).GetAsync(new Uri("/api/events", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        using var stream = new StreamReader(await response.Content.ReadAsStreamAsync(cancel.Token));
        await ReadUntilAsync(stream, "event: connected", null, cancel.Token);

        // One run after the other: while the relay waits for the broker with the first run's events, the second
        // run's must still reach the stream.
        for (var i = 0; i < 2; i++)
        {
            var runId = await RunDriver.StartAsync(server, "hello");
            await ReadUntilAsync(stream, "event: RunCompleted", runId, cancel.Token);
        }

        // The bus really was down: the events are all still waiting in the outbox.
        var outbox = await server.Services.GetRequiredService<IOutboxReader>().ReadAsync(0, 1000, cancel.Token);
        Assert.Equal(2, outbox.Count(e => e.Type == "RunCompleted"));
    }

    /// <summary>Reads SSE lines until <paramref name="eventLine"/> whose data line mentions <paramref name="runId"/> (when given).</summary>
    private static async Task ReadUntilAsync(StreamReader stream, string eventLine, string? runId, CancellationToken cancellationToken)
    {
        var matched = false;
        while (await stream.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line == eventLine)
            {
                matched = true;
            }
            else if (matched && line.StartsWith("data: ", StringComparison.Ordinal))
            {
                if (runId is null || line.Contains(runId, StringComparison.Ordinal))
                {
                    return;
                }
                matched = false;
            }
        }
        Assert.Fail($"The stream ended before {eventLine} of {runId ?? "the server"}.");
    }

    /// <summary>A loopback port nobody listens on: a broker that is down.</summary>
    private static int UnusedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
