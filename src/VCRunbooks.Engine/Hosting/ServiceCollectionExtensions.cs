using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using VCRunbooks.Engine.Activities;
using VCRunbooks.Engine.Activities.BuiltIn;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Dispatch;
using VCRunbooks.Engine.Leases;
using VCRunbooks.Engine.Persistence;
using VCRunbooks.Engine.Runs;
using VCRunbooks.Engine.Testing;
using VCRunbooks.Engine.Timers;

namespace VCRunbooks.Engine;

/// <summary>Adds the engine to a host's services.</summary>
public static class ServiceCollectionExtensions
{
    /// <summary>Adds the engine with its built-in activities: <c>services.AddRunbookEngine(o => o.UseSqlite("runs.db"))</c>.</summary>
    /// <remarks>
    /// Registers a hosted service that, on start, brings the schema up to date, starts the workers, re-dispatches every
    /// run that was executing or had a signal waiting, and starts the timer poller. Everything is a singleton. The
    /// engine's clock is <see cref="EngineOptions.TimeProvider"/> when set, else the <see cref="TimeProvider"/> in DI.
    /// </remarks>
    /// <exception cref="ArgumentException">A setting in <paramref name="configure"/> cannot work; the message names it.</exception>
    public static RunbookEngineBuilder AddRunbookEngine(this IServiceCollection services, Action<EngineOptions>? configure = null)
    {
        var options = new EngineOptions();
        configure?.Invoke(options);
        options.Validate();
        services.AddLogging();
        // Resolved, not given: a clock left unset becomes the one registered in DI (registered before or after this call).
        services.TryAddSingleton(sp =>
        {
            if (!options.HasTimeProvider && sp.GetService<TimeProvider>() is { } clock)
            {
                options.TimeProvider = clock;
            }

            return options;
        });
        services.AddPooledDbContextFactory<EngineDbContext>(builder =>
        {
            // A row limit without an order picks arbitrary rows (the provider may return a different set each time);
            // every engine query orders first, and a new one that forgets fails its first test instead of logging a warning.
            builder.ConfigureWarnings(w => w.Throw(CoreEventId.RowLimitingOperationWithoutOrderByWarning));
            if (options.Provider == StorageProvider.Postgres)
            {
                builder.UseNpgsql(options.ConnectionString);
            }
            else
            {
                builder.UseSqlite(options.ConnectionString).AddInterceptors(new SqliteConnectionPragmas());
            }

            builder.AddInterceptors(options.Interceptors);
        });
        services.TryAddSingleton<SchemaMigrator>();
        services.TryAddSingleton<IActivityCatalog, ActivityCatalog>();
        services.TryAddSingleton<RunbookValidator>();
        services.TryAddSingleton<DefinitionStore>();
        services.TryAddSingleton<PlanWarmup>();
        services.TryAddSingleton<SqliteWriter>();
        services.TryAddSingleton<StoreSessions>();
        services.TryAddSingleton<RunStore>();
        services.TryAddSingleton<RunServices>();
        services.TryAddSingleton<TokenExecutor>();
        services.TryAddSingleton<RunExecutor>();
        services.TryAddSingleton<TimerWakeups>();
        services.TryAddSingleton<RunLeases>();
        services.TryAddSingleton<HeldLeases>();
        services.TryAddSingleton<LeaseSweeper>();
        services.TryAddSingleton<PostgresTimerClaims>();
        services.TryAddSingleton<RunPass>();
        services.TryAddSingleton<ChannelRunDispatcher>();
        services.TryAddSingleton<IRunDispatcher>(sp => sp.GetRequiredService<ChannelRunDispatcher>());
        services.TryAddSingleton<IRunWorker, RunWorker>();
        services.TryAddSingleton<TimerPoller>();
        services.TryAddSingleton<IEngineTestHooks, EngineTestHooks>();
        services.TryAddSingleton<IRunbookEngine, RunbookEngine>();
        services.TryAddSingleton<IOutboxReader, OutboxReader>();
        services.TryAddSingleton<CommitObservers>();
        services.TryAddSingleton<EngineHost>();
        services.AddHostedService(sp => sp.GetRequiredService<EngineHost>());

        return new RunbookEngineBuilder(services)
            .AddActivity<Start>().AddActivity<End>().AddActivity<If>().AddActivity<Switch>()
            .AddActivity<Fork>().AddActivity<Join>().AddActivity<ForEach>().AddActivity<Delay>()
            .AddActivity<SetVariable>().AddActivity<WaitForEvent>().AddActivity<Ask>().AddActivity<Log>()
            .AddActivity<Fail>().AddActivity<RunRunbook>();
    }
}
