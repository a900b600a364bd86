using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Contracts.Runs;
using VCRunbooks.Server.Live;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.Messaging;

public sealed class StartRunConsumerTests
{
    [Fact]
    public async Task StartRun_SentOnTheBus_StartsTheRunOnce()
    {
        await using var server = await TestServer.StartAsync();
        using var events = server.Services.GetRequiredService<RunEventHub>().Subscribe(null);
        var bus = server.Services.GetRequiredService<IBus>();

        await bus.Publish(new StartRun { DefinitionId = "hello", IdempotencyKey = "from-the-bus" });
        await bus.Publish(new StartRun { DefinitionId = "hello", IdempotencyKey = "from-the-bus" });
        string? completedRun = null;
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await foreach (var e in events.Reader.ReadAllAsync(cancel.Token))
        {
            if (e.Type == "RunCompleted")
            {
                completedRun = e.RunId;
                break;
            }
        }
        using var client = server.Client(VCRunbooks.Server.Auth.Roles.Viewer);
        var runs = await client.GetStringAsync(new Uri("/api/runs?runbook=hello", UriKind.Relative));

        Assert.NotNull(completedRun);
        Assert.Single(System.Text.Json.JsonDocument.Parse(runs).RootElement.EnumerateArray());
    }
}
