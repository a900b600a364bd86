using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.DependencyInjection;
using VCRunbooks.Engine;
using VCRunbooks.Engine.Dispatch;
using VCRunbooks.Server.Hosting;
using VCRunbooks.Server.ScaleOut;
using VCRunbooks.Server.Tests.Infrastructure;

namespace VCRunbooks.Server.Tests.ScaleOut;

/// <summary>
/// Which dispatcher the server wires: runs go over RabbitMQ only when nodes can share them (PostgreSQL and RabbitMQ);
/// the embedded default keeps the in-process channel. The services are built, not started: nothing connects.
/// </summary>
public sealed class DispatcherSelectionTests
{
    private const string Postgres = "--Database:Provider=Postgres";
    private const string PostgresConnection = "--Database:ConnectionString=Host=127.0.0.1;Port=1;Username=nobody;Database=none";
    private const string RabbitMq = "--Bus:RabbitMq:Host=amqp://guest:guest@127.0.0.1:1/";

    [Fact]
    public async Task Build_PostgresAndRabbitMq_DispatchesThroughTheSharedQueueWithLeases()
    {
        using var data = new TempDirectory();
        await using var app = Build(data, Postgres, PostgresConnection, RabbitMq, "--Engine:LeaseDuration=00:00:05", "--Engine:NodeId=node-7");

        Assert.IsType<BusRunDispatcher>(app.Services.GetRequiredService<IRunDispatcher>());
        var options = app.Services.GetRequiredService<EngineOptions>();
        Assert.Equal(TimeSpan.FromSeconds(5), options.LeaseDuration);
        Assert.Equal("node-7", options.NodeId);
    }

    [Fact]
    public async Task Build_SqliteWithRabbitMq_KeepsTheInProcessDispatcher()
    {
        using var data = new TempDirectory();
        await using var app = Build(data, RabbitMq);

        Assert.IsNotType<BusRunDispatcher>(app.Services.GetRequiredService<IRunDispatcher>());
    }

    [Fact]
    public async Task Build_PostgresOnTheInMemoryBus_KeepsTheInProcessDispatcher()
    {
        using var data = new TempDirectory();
        await using var app = Build(data, Postgres, PostgresConnection);

        Assert.IsNotType<BusRunDispatcher>(app.Services.GetRequiredService<IRunDispatcher>());
    }

    [Fact]
    public void Build_ZeroWorkers_FailsNamingTheSetting()
    {
        using var data = new TempDirectory();

        var error = Assert.Throws<ValidationException>(() => Build(data, "--Engine:Workers=0"));

        Assert.Contains("Engine:Workers", error.Message, StringComparison.Ordinal);
    }

    private static Microsoft.AspNetCore.Builder.WebApplication Build(TempDirectory data, params string[] args) =>
        ServerApp.Build([$"--Server:DataPath={data.Path}", $"--Server:RunbooksPath={data.Path}/runbooks", "--EmbeddedSimulator:Enabled=false", .. args]);
}
