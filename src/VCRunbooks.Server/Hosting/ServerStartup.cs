using Microsoft.Extensions.Options;
using VCRunbooks.Activities.Sessions;
using VCRunbooks.Server.Hosting.Startup;
using VCRunbooks.Server.Persistence;
using VCRunbooks.Server.Simulator;

namespace VCRunbooks.Server.Hosting;

/// <summary>
/// First hosted service to start: creates the server's tables, then starts the embedded simulator and registers
/// the demo fleet, so everything after it (the engine, the API) finds its targets in place.
/// </summary>
internal sealed partial class ServerStartup(
    IServiceScopeFactory scopes, EmbeddedSimulator simulator, IVCenterSessions sessions, IOptions<EmbeddedSimulatorOptions> options, StartupTimeline timeline,
    ILogger<ServerStartup> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        // The simulator is a host of its own (configuration, DI, Kestrel): build it beside the schema check, not after.
        var simulatorStarted = options.Value.Enabled ? Task.Run(() => StartSimulatorAsync(cancellationToken), cancellationToken) : Task.CompletedTask;
        var began = timeline.Elapsed;
        await SchemaInitializer.EnsureSchemaAsync(scope.ServiceProvider.GetRequiredService<ServerDatabase>(), scope.ServiceProvider, cancellationToken);
        timeline.Record("server schema", began);
        await simulatorStarted;
        if (!options.Value.Enabled)
        {
            return;
        }
        LogSimulatorStarted(logger, simulator.BaseAddress!);
        if (options.Value.DemoFleet)
        {
            began = timeline.Elapsed;
            await DemoFleet.RegisterAsync(simulator, scope.ServiceProvider.GetRequiredService<DemoFleetWriter>(), cancellationToken);
            timeline.Record("demo fleet", began);
            LogDemoFleet(logger, DemoFleet.Members.Count);
        }
    }

    private async Task StartSimulatorAsync(CancellationToken cancellationToken)
    {
        var began = timeline.Elapsed;
        await simulator.StartAsync(cancellationToken);
        timeline.Record("embedded simulator", began);
    }

    /// <summary>
    /// Last to stop: the engine has stopped, so the shared vCenter sessions log out now, while the embedded simulator
    /// still answers, instead of at container disposal against a simulator already gone.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (sessions is IAsyncDisposable shared)
        {
            await shared.DisposeAsync();
        }

        await simulator.DisposeAsync();
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Embedded vCenter simulator listening on {Address}")]
    private static partial void LogSimulatorStarted(ILogger logger, Uri address);

    [LoggerMessage(Level = LogLevel.Information, Message = "Demo fleet of {Count} appliances registered as targets")]
    private static partial void LogDemoFleet(ILogger logger, int count);
}
