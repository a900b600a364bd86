using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Engine;
using VCRunbooks.Engine.Dispatch;
using VCRunbooks.Server.ScaleOut;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.ScaleOut;

/// <summary>
/// Which dispatcher the server wires: runs go over RabbitMQ only when nodes can share them (PostgreSQL and RabbitMQ);
/// the embedded default keeps the in-process channel. The services are built, not started: nothing connects.
/// </summary>
public sealed class DispatcherSelectionTests
{
    [Fact]
    public async Task Build_PostgresAndRabbitMq_DispatchesThroughTheSharedQueueWithLeases()
    {
        using var data = new TempDirectory();
        await using var app = UnstartedServer.Build(data, [.. UnstartedServer.SharedPostgresAndRabbitMq, "--Engine:LeaseDuration=00:00:05", "--Engine:NodeId=node-7"]);

        Assert.IsType<BusRunDispatcher>(app.Services.GetRequiredService<IRunDispatcher>());
        var options = app.Services.GetRequiredService<EngineOptions>();
        Assert.Equal(TimeSpan.FromSeconds(5), options.LeaseDuration);
        Assert.Equal("node-7", options.NodeId);
    }

    [Fact]
    public async Task Build_SqliteWithRabbitMq_KeepsTheInProcessDispatcher()
    {
        using var data = new TempDirectory();
        await using var app = UnstartedServer.Build(data, UnstartedServer.RabbitMqOnly);

        Assert.IsNotType<BusRunDispatcher>(app.Services.GetRequiredService<IRunDispatcher>());
    }

    [Fact]
    public async Task Build_PostgresOnTheInMemoryBus_KeepsTheInProcessDispatcher()
    {
        using var data = new TempDirectory();
        await using var app = UnstartedServer.Build(data, UnstartedServer.PostgresOnly);

        Assert.IsNotType<BusRunDispatcher>(app.Services.GetRequiredService<IRunDispatcher>());
    }

    [Fact]
    public void Build_ZeroWorkers_FailsNamingTheSetting()
    {
        using var data = new TempDirectory();

        var error = Assert.Throws<ValidationException>(() => UnstartedServer.Build(data, "--Engine:Workers=0"));

        Assert.Contains("Engine:Workers", error.Message, StringComparison.Ordinal);
    }

}
