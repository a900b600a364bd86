using VCRunbooks.Engine;

namespace VCRunbooks.Server.RunbookFiles;

/// <summary>Publishes the checked files of one kind (<see cref="Kind"/> names it) as new versions, only when they changed.</summary>
internal interface IRunbookFilePublisher
{
    string Kind { get; }

    /// <param name="check">A valid check of this publisher's kind.</param>
    /// <param name="latest">The runbook's latest published version, or null when it has none.</param>
    /// <param name="source">The file, commit and author recorded with a new version.</param>
    /// <param name="cancellationToken">Cancels the publish.</param>
    Task<RunbookFilePublished> PublishAsync(RunbookFileCheck check, DefinitionSummary? latest, DefinitionSource source, CancellationToken cancellationToken);
}

/// <summary>
/// A publisher of definitions that are not runbook versions (triggers): it also takes away what it published from
/// files that left the branch, as the sync's retraction does for runbooks.
/// </summary>
internal interface IRemovesGoneDefinitions
{
    /// <summary>Called before the commit's files are published, so a file renamed in the commit publishes under its new path.</summary>
    /// <param name="paths">Every repository path in the synced commit.</param>
    /// <param name="cancellationToken">Cancels the removal.</param>
    /// <returns>The ids removed, each with the file it came from.</returns>
    Task<IReadOnlyList<(string Id, string Path)>> RemoveGoneAsync(IReadOnlySet<string> paths, CancellationToken cancellationToken);
}
