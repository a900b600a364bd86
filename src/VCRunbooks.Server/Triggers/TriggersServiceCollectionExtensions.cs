using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VCRunbooks.Server.Hosting;
using VCRunbooks.Server.Persistence;
using VCRunbooks.Server.Triggers.Chat;
using VCRunbooks.Server.Triggers.Chat.Mattermost;
using VCRunbooks.Server.Triggers.Chat.Slack;
using VCRunbooks.Server.Triggers.Chat.Teams;
using VCRunbooks.Server.Triggers.Definitions;
using VCRunbooks.Server.Triggers.Schedules;
using VCRunbooks.Server.Triggers.Starting;
using VCRunbooks.Server.Triggers.Storage;
using VCRunbooks.Server.Triggers.Webhooks;
using VCRunbooks.Server.Triggers.WriteBack;

namespace VCRunbooks.Server.Triggers;

/// <summary>Triggers: definitions kept in git, webhooks, chat, schedules and write-back.</summary>
internal static class TriggersServiceCollectionExtensions
{
    public static IServiceCollection AddTriggers(this IServiceCollection services)
    {
        services.AddOptions<TriggerOptions>().BindConfiguration(TriggerOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<TriggerStore>();
        services.AddSingleton<TriggerClaims>();
        services.AddSingleton<TriggerCatalog>();
        services.AddSingleton<TriggerLoadReport>();
        services.AddSingleton<TriggerMetrics>();
        services.AddSingleton<TriggerSecrets>();
        services.AddSingleton<PendingStarts>();
        services.AddSingleton<TriggeredRunStarter>();
        services.AddSingleton<WebhookAuthenticator>();
        services.AddSingleton<WebhookReceiver>();

        // First of the trigger services: hosted services start in order, so the loops below never read the catalog
        // before the folder's definitions are stored (a read in flight could otherwise keep the empty catalog a second).
        services.AddHostedService<TriggerLoader>();

        services.AddHttpClient(SlackClient.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<RunLinks>();
        services.AddSingleton<ChatStore>();
        services.AddSingleton<ChatCommands>();
        services.AddSingleton(ChatStartRequestsFor);
        services.AddSingleton<ChatStarts>();
        services.AddHostedService(sp => sp.GetRequiredService<ChatStarts>());
        services.AddSingleton<ChatAnswers>();
        services.AddSingleton<ChatNotifier>();
        services.AddHostedService(sp => sp.GetRequiredService<ChatNotifier>());
        services.AddSingleton<SlackVerifier>();
        services.AddSingleton<SlackClient>();
        services.AddSingleton<IChatPoster, SlackPoster>();
        services.AddSingleton<IChatPoster, MattermostPoster>();
        services.AddSingleton<MattermostGroups>();

        services.AddHttpClient(TicketClient.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<WriteBackStore>();
        services.AddSingleton<TicketClient>();
        services.AddSingleton<WriteBackNotifier>();
        services.AddHostedService(sp => sp.GetRequiredService<WriteBackNotifier>());

        services.AddSingleton<ScheduleRunner>();
        services.AddHostedService(sp => sp.GetRequiredService<ScheduleRunner>());
        return services;
    }

    /// <summary>On SQLite a file of their own beside the server's database, so the acknowledgement never waits for the engine's writes.</summary>
    private static ChatStartRequests ChatStartRequestsFor(IServiceProvider services)
    {
        var database = services.GetRequiredService<IConfiguration>().GetSection(DatabaseOptions.SectionName).Get<DatabaseOptions>() ?? new DatabaseOptions();
        if (database.Provider == DatabaseProvider.Postgres)
        {
            return ActivatorUtilities.CreateInstance<ChatStartRequestsInDatabase>(services);
        }
        var data = services.GetRequiredService<DataFolder>();
        var serverDatabase = new SqliteConnectionStringBuilder(database.ConnectionString ?? $"Data Source={data.File("vcrunbooks.db")}").DataSource;
        return new ChatStartRequestsFile(data.File(ChatStartRequestsFile.FileName), serverDatabase, services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<ILogger<ChatStartRequestsFile>>());
    }

    public static IEndpointRouteBuilder MapTriggers(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapTriggersApi();
        endpoints.MapWebhooks();
        endpoints.MapSlack();
        endpoints.MapMattermost();
        endpoints.MapTeams();
        return endpoints;
    }
}
