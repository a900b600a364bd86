using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Engine;
using VCRunbooks.Server.Live;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.Live;

/// <summary>
/// Where live streams get their events: from this node's commits on one node, from the bus when nodes share the runs
/// (PostgreSQL and RabbitMQ), so no event reaches a stream twice. The services are built, not started.
/// </summary>
public sealed class LiveFeedSelectionTests
{
    [Fact]
    public async Task Build_PostgresAndRabbitMq_FeedsLiveStreamsFromTheBusOnly()
    {
        using var data = new TempDirectory();
        await using var app = UnstartedServer.Build(data, UnstartedServer.SharedPostgresAndRabbitMq);

        Assert.DoesNotContain(app.Services.GetServices<IRunEventObserver>(), o => o is RunEventHub);
        Assert.NotNull(app.Services.GetService<BusRunEventConsumer>());
    }

    [Fact]
    public async Task Build_SqliteWithRabbitMq_FeedsLiveStreamsFromCommits()
    {
        using var data = new TempDirectory();
        await using var app = UnstartedServer.Build(data, UnstartedServer.RabbitMqOnly);

        Assert.Contains(app.Services.GetServices<IRunEventObserver>(), o => o is RunEventHub);
        Assert.Null(app.Services.GetService<BusRunEventConsumer>());
    }

}
