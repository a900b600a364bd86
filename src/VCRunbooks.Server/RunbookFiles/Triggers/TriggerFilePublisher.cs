using System.Text.Json.Nodes;
using VCRunbooks.Engine;
using VCRunbooks.Server.Triggers.Definitions;
using VCRunbooks.Server.Triggers.Storage;

namespace VCRunbooks.Server.RunbookFiles.Triggers;

/// <summary>
/// Stores the trigger files of a synced commit the way the folder loader stores <c>runbooks/triggers/*.json</c>: a
/// file whose definition differs from the stored one replaces it (origin <c>git:&lt;path&gt;</c>), every node sees it
/// through the database, and a trigger whose file left the branch is removed. A trigger of the same id made through
/// the API or the folder is replaced by the file: with git as the source, the repository decides.
/// </summary>
internal sealed class TriggerFilePublisher(TriggerStore store, TriggerCatalog catalog) : IRunbookFilePublisher, IRemovesGoneDefinitions
{
    public const string GitOrigin = "git:";

    public string Kind => TriggerFileKind.KindName;

    public async Task<RunbookFilePublished> PublishAsync(RunbookFileCheck check, DefinitionSummary? latest, DefinitionSource source, CancellationToken cancellationToken)
    {
        var definition = (ITriggerDefinition)check.Parsed!;
        var body = TriggerJson.Serialize(definition);
        var origin = GitOrigin + source.Path;
        var stored = (await store.ListAsync(cancellationToken)).FirstOrDefault(t => t.Id == definition.Id);
        if (stored is not null && stored.Origin != origin && stored.Origin.StartsWith(GitOrigin, StringComparison.Ordinal))
        {
            return new RunbookFilePublished(0, false, [new RunbookFileError(check.Path, 1, 1,
                $"$.id: '{definition.Id}' is also the id of {stored.Origin[GitOrigin.Length..]}; that file's trigger is kept")], definition.Id);
        }
        if (stored is not null && stored.Origin == origin && JsonNode.DeepEquals(JsonNode.Parse(stored.Body), JsonNode.Parse(body)))
        {
            return new RunbookFilePublished(0, false, [], definition.Id);
        }
        await store.UpsertAsync(definition.Id, definition.Kind.ToString(), body, origin, cancellationToken);
        catalog.Invalidate();
        return new RunbookFilePublished(0, true, [], definition.Id);
    }

    public async Task<IReadOnlyList<(string Id, string Path)>> RemoveGoneAsync(IReadOnlySet<string> paths, CancellationToken cancellationToken)
    {
        var removed = new List<(string, string)>();
        foreach (var stored in await store.ListAsync(cancellationToken))
        {
            // A file still in the commit keeps its trigger even when it has become invalid (like a runbook's previous version).
            if (!stored.Origin.StartsWith(GitOrigin, StringComparison.Ordinal) || paths.Contains(stored.Origin[GitOrigin.Length..]))
            {
                continue;
            }
            if (await store.DeleteAsync(stored.Id, cancellationToken))
            {
                removed.Add((stored.Id, stored.Origin[GitOrigin.Length..]));
            }
        }
        if (removed.Count > 0)
        {
            catalog.Invalidate();
        }
        return removed;
    }
}
