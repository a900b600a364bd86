using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Engine;
using VCRunbooks.Server.Hosting;
using VCRunbooks.Server.Live;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.Live;

/// <summary>
/// Where live streams get their events: from this node's commits on one node, from the bus when nodes share the runs
/// (PostgreSQL and RabbitMQ), so no event reaches a stream twice. The services are built, not started.
/// </summary>
public sealed class LiveFeedSelectionTests
{
    private const string Postgres = "--Database:Provider=Postgres";
    private const string PostgresConnection = "--Database:ConnectionString=Host=127.0.0.1;Port=1;Username=nobody;Database=none";
    private const string RabbitMq = "--Bus:RabbitMq:Host=amqp://guest:guest@127.0.0.1:1/";

    [Fact]
    public async Task Build_PostgresAndRabbitMq_FeedsLiveStreamsFromTheBusOnly()
    {
        using var data = new TempDirectory();
        await using var app = Build(data, Postgres, PostgresConnection, RabbitMq);

        Assert.DoesNotContain(app.Services.GetServices<IRunEventObserver>(), o => o is RunEventHub);
        Assert.NotNull(app.Services.GetService<BusRunEventConsumer>());
    }

    [Fact]
    public async Task Build_SqliteWithRabbitMq_FeedsLiveStreamsFromCommits()
    {
        using var data = new TempDirectory();
        await using var app = Build(data, RabbitMq);

        Assert.Contains(app.Services.GetServices<IRunEventObserver>(), o => o is RunEventHub);
        Assert.Null(app.Services.GetService<BusRunEventConsumer>());
    }

    private static Microsoft.AspNetCore.Builder.WebApplication Build(TempDirectory data, params string[] args) =>
        ServerApp.Build([$"--Server:DataPath={data.Path}", $"--Server:RunbooksPath={data.Path}/runbooks", "--EmbeddedSimulator:Enabled=false", .. args]);
}
