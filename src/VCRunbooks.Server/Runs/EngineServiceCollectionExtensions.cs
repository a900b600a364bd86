using Microsoft.Extensions.DependencyInjection.Extensions;
using VCRunbooks.Activities;
using VCRunbooks.Activities.Targets;
using VCRunbooks.Engine;
using VCRunbooks.Server.Secrets;
using VCRunbooks.Server.Targets;
using VCRunbooks.Server.Hosting;
using VCRunbooks.Server.Messaging;
using VCRunbooks.Server.Persistence;
using VCRunbooks.Server.Live;
using VCRunbooks.Server.Runbooks;
using VCRunbooks.Server.ScaleOut;

namespace VCRunbooks.Server.Runs;

/// <summary>The runbook engine on the server's database: its commits feed the live streams, its outbox is relayed to the bus.</summary>
internal static class EngineServiceCollectionExtensions
{
    public static IServiceCollection AddServerEngine(this IServiceCollection services, IConfiguration configuration, DataFolder data)
    {
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        // Registered before the activities, which only fall back to in-memory stores when none is registered.
        services.AddSingleton<ITargetResolver, ServerTargetResolver>();
        services.AddSingleton<ICredentialStore, ServerCredentialStore>();
        var settings = configuration.GetSection(EngineSettings.SectionName).Get<EngineSettings>() ?? new EngineSettings();
        // The engine, and through it the vCenter client's polls and retries, run on the TimeProvider registered in DI
        // (ADR 0016), the one the triggers and git sync use: a test's FakeTimeProvider.
        services.AddRunbookEngine(engine =>
        {
            settings.Apply(engine);
            // Guarded expression assemblies by content hash: a restart compiles nothing it compiled before.
            engine.CompiledExpressionsPath = data.File("compiled");
            if (database.Provider == DatabaseProvider.Postgres)
            {
                engine.UsePostgres(database.ConnectionString!);
            }
            else
            {
                engine.UseSqlite(database.ConnectionString ?? $"Data Source={data.File("vcrunbooks.db")}");
            }
        }).AddVCenterActivities().UseBusDispatchWhenRabbitMq(configuration);
        // One node: live streams are fed from the engine's commits. Nodes sharing the runs feed them from the bus
        // instead (AddRunConsumers), which carries every node's events; see ADR 0005.
        services.AddSingleton<RunEventHub>();
        if (!ScaleOutServiceCollectionExtensions.SharesRuns(configuration))
        {
            services.AddLiveFeedFromCommits();
        }
        services.AddSingleton<EngineOutbox>();
        services.AddSingleton<IEventOutbox>(sp => sp.GetRequiredService<EngineOutbox>());
        services.AddSingleton<IRunEventObserver>(sp => sp.GetRequiredService<EngineOutbox>());
        services.AddOutboxRelay();
        services.AddSingleton<DraftStore>();
        services.AddHostedService<RunbookLoader>();
        services.AddHostedService<EngineWarmup>();
        return services;
    }
}
