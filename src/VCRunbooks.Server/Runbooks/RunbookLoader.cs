using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using VCRunbooks.Engine;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Engine.Scripts;
using VCRunbooks.Server.GitSync;
using VCRunbooks.Server.Hosting;

namespace VCRunbooks.Server.Runbooks;

/// <summary>
/// Publishes the runbooks/ folder's JSON runbooks and C# script runbooks (*.csx) at start-up, each as a new version only when its content differs
/// from the latest published one, so restarts do not pile up identical versions.
/// </summary>
internal sealed partial class RunbookLoader(IRunbookEngine engine, DataFolder data, IOptions<ServerOptions> options, IOptions<GitSyncOptions> git, ILogger<RunbookLoader> logger) : IHostedService
{
    public const string IndexFile = "runbook-files.json";

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var folder = ServerPaths.Resolve(options.Value.RunbooksPath);
        if (git.Value.Enabled)
        {
            LogFromGit(logger, folder);
            return;
        }
        if (!Directory.Exists(folder))
        {
            return;
        }
        var files = Directory.EnumerateFiles(folder, "*.json").Concat(Directory.EnumerateFiles(folder, "*" + ScriptRunbook.Extension));
        var index = RunbookFileIndex.Open(data.File(IndexFile));
        var latestVersions = (await engine.ListDefinitionsAsync(cancellationToken))
            .GroupBy(d => d.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Max(d => d.Version), StringComparer.Ordinal);
        foreach (var file in files.Order(StringComparer.Ordinal))
        {
            try
            {
                var text = await File.ReadAllTextAsync(file, cancellationToken);
                var hash = RunbookFileIndex.Hash(text);
                if (index.Unchanged(file, hash, latestVersions))
                {
                    continue;
                }

                index.Forget(file);
                // A script's errors name it as runbooks/<file>:line:col.
                var definition = file.EndsWith(ScriptRunbook.Extension, StringComparison.OrdinalIgnoreCase)
                    ? ScriptRunbook.Parse(Path.Combine(Path.GetFileName(Path.TrimEndingDirectorySeparator(folder)), Path.GetFileName(file)).Replace('\\', '/'), text)
                    : RunbookJson.Parse(text);
                var latest = await engine.GetDefinitionAsync(definition.Id, cancellationToken: cancellationToken);
                if (latest is not null && SameContent(latest, definition))
                {
                    index.Record(file, hash, latest.Id, latest.Version);
                    continue;
                }
                var published = await engine.PublishAsync(definition with { Version = 0 }, cancellationToken);
                index.Record(file, hash, published.Id, published.Version);
                LogPublished(logger, published.Id, published.Version, file);
            }
            catch (RunbookValidationException ex)
            {
                LogInvalid(logger, file, string.Join("; ", ex.Errors));
            }
        }
        index.Save();
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    internal static bool SameContent(RunbookDefinition a, RunbookDefinition b) =>
        JsonNode.DeepEquals(JsonNode.Parse(RunbookJson.Serialize(a with { Version = 0 })), JsonNode.Parse(RunbookJson.Serialize(b with { Version = 0 })));

    [LoggerMessage(Level = LogLevel.Information, Message = "Published runbook {RunbookId} version {Version} from {File}")]
    private static partial void LogPublished(ILogger logger, string runbookId, int version, string file);

    [LoggerMessage(Level = LogLevel.Information, Message = "Runbooks come from git (Runbooks:Git:Url); the folder {Folder} is not loaded")]
    private static partial void LogFromGit(ILogger logger, string folder);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Runbook file {File} is not valid and was not published: {Errors}")]
    private static partial void LogInvalid(ILogger logger, string file, string errors);
}
