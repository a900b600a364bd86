using VCRunbooks.Engine;
using VCRunbooks.Engine.Definitions;
using VCRunbooks.Server.Runbooks;

namespace VCRunbooks.Server.RunbookFiles;

/// <summary>
/// Publishes a checked runbook of a kind whose check parses to a definition (JSON flowcharts, C# scripts) as the next
/// version when its content differs from the latest (or the runbook was retracted). The commit is recorded in the
/// version's source, not in the definition, so a commit that leaves the file unchanged publishes nothing.
/// </summary>
internal sealed class RunbookDefinitionPublisher(string kind, IRunbookEngine engine) : IRunbookFilePublisher
{
    public string Kind => kind;

    public async Task<RunbookFilePublished> PublishAsync(RunbookFileCheck check, DefinitionSummary? latest, DefinitionSource source, CancellationToken cancellationToken)
    {
        var definition = (RunbookDefinition)check.Parsed!;
        if (latest is { Retracted: null } && await engine.GetDefinitionAsync(latest.Id, latest.Version, cancellationToken) is { } current
            && RunbookLoader.SameContent(current, definition))
        {
            return RunbookFilePublished.Unchanged(latest.Version);
        }

        try
        {
            var published = await engine.PublishAsync(definition with { Version = 0 }, source, cancellationToken);
            return new RunbookFilePublished(published.Version, true, []);
        }
        catch (RunbookValidationException ex)
        {
            // Checked a moment ago, so this is the store refusing (a concurrent publish): reported, retried next sync.
            return new RunbookFilePublished(latest?.Version ?? 0, false, [.. ex.Errors.Select(e => new RunbookFileError(check.Path, 1, 1, e.ToString()))]);
        }
    }
}
