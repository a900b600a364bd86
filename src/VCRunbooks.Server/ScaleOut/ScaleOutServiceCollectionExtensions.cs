using MassTransit;
using VCRunbooks.Engine;
using VCRunbooks.Server.Live;
using VCRunbooks.Server.Messaging;
using VCRunbooks.Server.Persistence;

namespace VCRunbooks.Server.ScaleOut;

/// <summary>
/// Several server nodes on one PostgreSQL and one RabbitMQ: with both configured, runs are dispatched through the
/// execute-run queue that every node consumes. On SQLite (one node by definition) or the in-memory bus the engine
/// keeps its in-process channel.
/// </summary>
internal static class ScaleOutServiceCollectionExtensions
{
    public static EngineSettings AddEngineSettings(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(EngineSettings.SectionName).Get<EngineSettings>() ?? new EngineSettings();
        System.ComponentModel.DataAnnotations.Validator.ValidateObject(settings, new System.ComponentModel.DataAnnotations.ValidationContext(settings), validateAllProperties: true);
        services.AddSingleton(settings);
        return settings;
    }

    /// <summary>Applies the configured engine settings over the engine's defaults.</summary>
    public static void Apply(this EngineSettings settings, EngineOptions engine)
    {
        engine.Workers = settings.Workers ?? engine.Workers;
        engine.LeaseDuration = settings.LeaseDuration ?? engine.LeaseDuration;
        engine.TimerPollInterval = settings.TimerPollInterval ?? engine.TimerPollInterval;
        engine.PendingEventLifetime = settings.PendingEventLifetime ?? engine.PendingEventLifetime;
        engine.NodeId = settings.NodeId ?? engine.NodeId;
        engine.CodeLimits = engine.CodeLimits with
        {
            Time = settings.CodeTimeLimit ?? engine.CodeLimits.Time,
            MemoryBytes = settings.CodeMemoryLimitMb is { } mb ? mb * 1024L * 1024 : engine.CodeLimits.MemoryBytes,
        };
    }

    public static void AddRunConsumers(this IBusRegistrationConfigurator bus, IConfiguration configuration)
    {
        if (SharesRuns(configuration))
        {
            bus.AddConsumer<ExecuteRunConsumer, ExecuteRunConsumerDefinition>();
            // Live streams must show every node's runs, so they are fed from the bus (see ADR 0005).
            bus.AddLiveFeedConsumer();
        }
    }

    /// <summary>The RabbitMQ endpoints only nodes sharing the runs need: this node's live feed queue.</summary>
    public static void ConfigureScaleOutEndpoints(this IRabbitMqBusFactoryConfigurator rabbit, IBusRegistrationContext context, IConfiguration configuration)
    {
        if (SharesRuns(configuration))
        {
            rabbit.ConfigureLiveFeedEndpoint(context);
        }
    }

    public static RunbookEngineBuilder UseBusDispatchWhenRabbitMq(this RunbookEngineBuilder engine, IConfiguration configuration)
    {
        return SharesRuns(configuration) ? engine.UseDispatcher<BusRunDispatcher>() : engine;
    }

    /// <summary>True when nodes share the runs: PostgreSQL and RabbitMQ both configured.</summary>
    public static bool SharesRuns(IConfiguration configuration)
    {
        var bus = configuration.GetSection(BusOptions.SectionName).Get<BusOptions>() ?? new BusOptions();
        var database = configuration.GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        return bus.UsesRabbitMq && database.Provider == DatabaseProvider.Postgres;
    }
}
