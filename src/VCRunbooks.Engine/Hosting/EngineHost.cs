using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using VCRunbooks.Engine.Dispatch;
using VCRunbooks.Engine.Leases;
using VCRunbooks.Engine.Persistence;
using VCRunbooks.Engine.Runs;
using VCRunbooks.Engine.Timers;

namespace VCRunbooks.Engine;

/// <summary>
/// Starts the engine with the host: schema, workers, then recovery — every run that was executing or
/// had a signal waiting when the last process stopped is dispatched again; due timers follow from the poller.
/// With leases (several nodes on PostgreSQL) a periodic sweep keeps recovering the runs of nodes that died.
/// </summary>
internal sealed partial class EngineHost(
    SchemaMigrator migrator,
    ChannelRunDispatcher channel,
    IRunDispatcher dispatcher,
    TimerPoller poller,
    HeldLeases leases,
    LeaseSweeper sweeper,
    StoreSessions sessions,
    EngineOptions options,
    ILogger<EngineHost> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await migrator.MigrateAsync(cancellationToken);
        if (!options.StartWorkers)
        {
            return;
        }

        // The channel workers idle harmlessly when another dispatcher (a bus) is configured.
        channel.Start(options.Workers);
        var recovered = await RecoverAsync(cancellationToken);
        LogStarted(logger, options.Provider, options.Workers, recovered);
        poller.Start();
        if (options.UsesLeases)
        {
            // Several nodes may share the database: keep this node's leases alive and take over a dead node's runs.
            leases.Start();
            sweeper.Start();
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        await sweeper.DisposeAsync();
        await poller.DisposeAsync();
        await channel.StopAsync();
        await leases.DisposeAsync();
    }

    private async Task<int> RecoverAsync(CancellationToken cancellationToken)
    {
        // Plain SQL: a LINQ query here would build EF's model and compile the query before the server is ready.
        List<string> runs;
        await using (var session = await sessions.OpenAsync(cancellationToken))
        {
            runs = await session.QueryAsync(
                "SELECT id FROM runs WHERE status IN (@p0, @p1) UNION SELECT run_id FROM bookmarks WHERE triggered = @p2",
                [nameof(RunStatus.Running), nameof(RunStatus.Compensating), true], reader => reader.GetString(0), cancellationToken);
        }

        foreach (var runId in runs)
        {
            await dispatcher.DispatchAsync(runId, cancellationToken);
        }

        return runs.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Runbook engine started on {Provider} with {Workers} workers; {Recovered} runs recovered")]
    private static partial void LogStarted(ILogger logger, StorageProvider provider, int workers, int recovered);
}
