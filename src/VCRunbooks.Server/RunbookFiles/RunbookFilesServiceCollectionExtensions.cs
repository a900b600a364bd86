using VCRunbooks.Engine;
using VCRunbooks.Server.RunbookFiles.Json;
using VCRunbooks.Server.RunbookFiles.Scripts;
using VCRunbooks.Server.RunbookFiles.Triggers;

namespace VCRunbooks.Server.RunbookFiles;

/// <summary>The runbook file kinds: checking (offline, for the validate command) and publishing (for the git sync).</summary>
internal static class RunbookFilesServiceCollectionExtensions
{
    /// <summary>The kinds' checkers only: what the validate command needs beside the engine's validator and catalog.</summary>
    public static IServiceCollection AddRunbookFileKinds(this IServiceCollection services)
    {
        // Order matters: the first kind that takes a path checks it (folder-specific kinds, such as triggers/, go first).
        services.AddSingleton<IRunbookFileKind, TriggerFileKind>();
        services.AddSingleton<IRunbookFileKind, JsonRunbookFileKind>();
        services.AddSingleton<IRunbookFileKind, ScriptRunbookFileKind>();
        services.AddSingleton<RunbookFileKinds>();
        return services;
    }

    /// <summary>The kinds' checkers and their publishers.</summary>
    public static IServiceCollection AddRunbookFilePublishing(this IServiceCollection services)
    {
        services.AddRunbookFileKinds();
        services.AddSingleton<IRunbookFilePublisher>(sp => new RunbookDefinitionPublisher(JsonRunbookFileKind.KindName, sp.GetRequiredService<IRunbookEngine>()));
        services.AddSingleton<IRunbookFilePublisher>(sp => new RunbookDefinitionPublisher(ScriptRunbookFileKind.KindName, sp.GetRequiredService<IRunbookEngine>()));
        services.AddSingleton<IRunbookFilePublisher, TriggerFilePublisher>();
        return services;
    }
}
