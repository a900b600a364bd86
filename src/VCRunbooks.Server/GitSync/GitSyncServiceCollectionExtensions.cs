using VCRunbooks.Server.Metrics;
using VCRunbooks.Server.RunbookFiles;

namespace VCRunbooks.Server.GitSync;

/// <summary>Runbooks from git: the file kinds' publishers, the sync and, when a URL is configured, its background worker.</summary>
internal static class GitSyncServiceCollectionExtensions
{
    public static IServiceCollection AddGitSync(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<GitSyncOptions>().BindConfiguration(GitSyncOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddRunbookFilePublishing();
        services.AddSingleton<GitSyncMetrics>();
        services.AddSingleton<GitSyncLease>();
        services.AddSingleton<GitSyncService>();
        services.AddSingleton<GitDrafts>();
        if (configuration.GetSection(GitSyncOptions.SectionName).Get<GitSyncOptions>() is { Enabled: true })
        {
            services.AddHostedService<GitSyncWorker>();
        }

        return services;
    }
}
