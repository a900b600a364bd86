using System.Text.Json.Serialization;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VCRunbooks.Server.Auth;
using VCRunbooks.Server.GitSync;
using VCRunbooks.Server.Health;
using VCRunbooks.Server.Logging;
using VCRunbooks.Server.Messaging;
using VCRunbooks.Server.Metrics;
using VCRunbooks.Server.OpenApi;
using VCRunbooks.Server.Persistence;
using VCRunbooks.Server.Runs;
using VCRunbooks.Server.ScaleOut;
using VCRunbooks.Server.Secrets;
using VCRunbooks.Server.Simulation;
using VCRunbooks.Server.Simulator;
using VCRunbooks.Server.Targets;
using VCRunbooks.Server.Targets.Live;

namespace VCRunbooks.Server.Hosting;

/// <summary>Everything the server registers, in start-up order.</summary>
internal static class ServerServiceCollectionExtensions
{
    public static IServiceCollection AddVCRunbooksServer(this IServiceCollection services, IConfiguration configuration, DataFolder data)
    {
        services.AddSingleton(data);
        // Tests may register a FakeTimeProvider first (the git sync's poll timer and the trigger schedules run on it).
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<ServerOptions>().BindConfiguration(ServerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<EmbeddedSimulatorOptions>().BindConfiguration(EmbeddedSimulatorOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();

        // Registered first: it creates the schema and the demo fleet before any other hosted service starts.
        services.AddSingleton<EmbeddedSimulator>();
        services.AddHostedService<ServerStartup>();

        services.AddServerLogging(configuration, data);
        services.AddServerPersistence(configuration, data);
        services.AddSecretKeys(configuration, data);
        services.AddScoped<TargetStore>();
        services.AddSingleton<LiveContextReader>();
        services.AddSingleton<SimulationTargets>();
        services.AddScoped<SecretStore>();
        services.AddScoped<ISecretResolver>(sp => sp.GetRequiredService<SecretStore>());
        services.AddScoped<DemoFleetWriter>();

        services.AddServerAuth(configuration, data);
        services.AddProblemDetails();
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            // A port sent as "443" is a client's mistake to name, not to guess at.
            o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.Strict;
        });
        services.AddOpenApi(o => o.AddDocumentTransformer<SecuritySchemesTransformer>());

        services.AddServerHealthChecks();
        services.AddServerMetrics();
        services.AddEngineSettings(configuration);
        services.AddServerBus(configuration, bus =>
        {
            bus.AddConsumer<StartRunConsumer>();
            bus.AddRunConsumers(configuration);
        }, (context, rabbit) => rabbit.ConfigureScaleOutEndpoints(context, configuration));
        services.AddServerEngine(configuration, data);
        services.AddExceptionHandler<EngineExceptionHandler>();
        // After the engine: the first sync publishes once the schema and the engine are up.
        services.AddGitSync(configuration);
        return services;
    }
}
