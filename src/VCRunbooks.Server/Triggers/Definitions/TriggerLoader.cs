using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using VCRunbooks.Server.Hosting;
using VCRunbooks.Server.Persistence;
using VCRunbooks.Server.Triggers.Storage;

namespace VCRunbooks.Server.Triggers.Definitions;

/// <summary>
/// At start, creates the trigger tables and loads <c>runbooks/triggers/*.json</c> into the database: a file is stored
/// when its content differs from what is there, a definition whose file is gone from the folder is removed, and a file
/// that is not valid is logged with the field that is wrong and left out (the others still load). With a git source
/// (Runbooks:Git:Url) the folder is not read: the sync stores the repository's trigger files.
/// </summary>
internal sealed partial class TriggerLoader(
    ServerDatabase database, TriggerStore store, TriggerCatalog catalog, TriggerLoadReport report, IOptions<ServerOptions> options,
    IOptions<VCRunbooks.Server.GitSync.GitSyncOptions> git, ILogger<TriggerLoader> logger)
    : IHostedService
{
    public const string FolderName = "triggers";

    public static string Folder(ServerOptions options) => Path.Combine(ServerPaths.Resolve(options.RunbooksPath), FolderName);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await TriggerSchema.EnsureAsync(database, cancellationToken);
        var folder = Folder(options.Value);
        if (git.Value.Enabled)
        {
            // With a git source the repository's trigger files are stored by the sync, as its runbooks are.
            LogFromGit(logger, folder);
            return;
        }
        var existing = (await store.ListAsync(cancellationToken)).ToDictionary(t => t.Id, StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var files = Directory.Exists(folder) ? Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList() : [];
        foreach (var file in files)
        {
            var name = Path.GetFileName(file);
            var (definition, errors) = TriggerJson.Parse(await File.ReadAllTextAsync(file, cancellationToken));
            if (definition is null)
            {
                report.Failed(name, errors);
                if (logger.IsEnabled(LogLevel.Warning))
                {
                    LogInvalid(logger, file, string.Join("; ", errors));
                }
                continue;
            }
            if (!seen.Add(definition.Id))
            {
                var duplicate = new TriggerError("$.id", $"'{definition.Id}' is also the id of an earlier file in {FolderName}/");
                report.Failed(name, [duplicate]);
                LogDuplicate(logger, file, definition.Id);
                continue;
            }
            report.Loaded(name);
            var body = TriggerJson.Serialize(definition);
            var origin = Origin(name);
            if (existing.TryGetValue(definition.Id, out var stored) && stored.Origin == origin && JsonNode.DeepEquals(JsonNode.Parse(stored.Body), JsonNode.Parse(body)))
            {
                continue;
            }
            await store.UpsertAsync(definition.Id, definition.Kind.ToString(), body, origin, cancellationToken);
            LogLoaded(logger, definition.Kind, definition.Id, file);
        }
        foreach (var gone in existing.Values.Where(t => t.Origin.StartsWith(FileOrigin, StringComparison.Ordinal) && !seen.Contains(t.Id)))
        {
            await store.DeleteAsync(gone.Id, cancellationToken);
            LogRemoved(logger, gone.Id, gone.Origin);
        }
        catalog.Invalidate();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public const string FileOrigin = "file:";

    public static string Origin(string fileName) => FileOrigin + FolderName + "/" + fileName;

    [LoggerMessage(Level = LogLevel.Information, Message = "Triggers come from git (Runbooks:Git:Url); the folder {Folder} is not loaded")]
    private static partial void LogFromGit(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Information, Message = "Loaded {Kind} trigger {TriggerId} from {File}")]
    private static partial void LogLoaded(ILogger logger, TriggerKind kind, string triggerId, string file);

    [LoggerMessage(Level = LogLevel.Information, Message = "Removed trigger {TriggerId}: its file {Origin} is no longer in the folder")]
    private static partial void LogRemoved(ILogger logger, string triggerId, string origin);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Trigger file {File} was not loaded: $.id: {TriggerId} is also the id of an earlier file")]
    private static partial void LogDuplicate(ILogger logger, string file, string triggerId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Trigger file {File} is not valid and was not loaded: {Errors}")]
    private static partial void LogInvalid(ILogger logger, string file, string errors);
}
